package org.carepath.scheduling.appointment;

import static org.carepath.scheduling.SchedulingFixtures.mondayInWeeks;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.platform.events.Topics;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.carepath.scheduling.SchedulingFixtures;
import org.carepath.scheduling.SchedulingFixtures.Clinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An approved plan becomes its induction series on free slots; one occurrence moves or goes alone. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesTest {

    Clinic clinic;

    /** Set up once, through the API, when the first test runs (REST Assured is ready only then). */
    @BeforeEach
    void setUp() {
        if (clinic == null) {
            clinic = SchedulingFixtures.clinic("clinic-series");
        }
    }

    JsonPath schedule(UUID planId, LocalDate firstDay) {
        return clinic.staff().body("{\"planId\":\"%s\",\"firstDay\":\"%s\"}".formatted(planId, firstDay))
                .post("/v1/appointment-series").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void sixIvInfusionsOverTwoWeeksAreBookedAndOneCanBeCancelledAlone() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        SchedulingFixtures.eligibility(clinic.id(), patient, "ELIGIBLE", OffsetDateTime.now().minusMinutes(5));
        UUID plan = SchedulingFixtures.plan(clinic.id(), patient, "IV", 3, 2);
        LocalDate monday = mondayInWeeks(2, 0, 0).toLocalDate();

        JsonPath series = schedule(plan, monday);
        assertEquals(6, series.getList("appointments").size());
        assertEquals(List.of(), series.getList("unplaced"));
        assertEquals(List.of(monday, monday.plusDays(2), monday.plusDays(4), monday.plusDays(7), monday.plusDays(9),
                monday.plusDays(11)).stream().map(LocalDate::toString).toList(),
                series.getList("appointments.start", String.class).stream().map(s -> s.substring(0, 10)).toList());

        String seriesId = series.getString("id");
        String second = series.getString("appointments[1].id");
        clinic.staff().body("{\"reason\":\"PATIENT_UNWELL\"}").post("/v1/appointments/" + second + "/cancel").then()
                .statusCode(200);
        clinic.staff().get("/v1/appointment-series/" + seriesId).then().statusCode(200)
                .body("appointments.status", equalTo(List.of("BOOKED", "CANCELLED", "BOOKED", "BOOKED", "BOOKED", "BOOKED")));

        assertEquals(seriesId, JsonPath.from(TopicProbe.value(TopicProbe.events(Topics.SCHEDULING,
                "org.carepath.scheduling.SeriesScheduled.v1", patient.toString(), 1, SchedulingFixtures.WAIT).get(0)))
                .getString("seriesId"));
    }

    @Test
    void anEsketamineSeriesReportsTheWeekItCouldNotPlace() {
        UUID patient = SchedulingFixtures.dosingPatient(clinic.id(), "ESKETAMINE_INTRANASAL", 2, 4);
        UUID plan = SchedulingFixtures.plan(clinic.id(), patient, "ESKETAMINE_INTRANASAL", 2, 4);
        OffsetDateTime monday = mondayInWeeks(6, 0, 0);
        clinic.as("admin").body("{\"start\":\"%s\",\"end\":\"%s\",\"reason\":\"Chair repair\"}"
                .formatted(monday.plusWeeks(1), monday.plusWeeks(2)))
                .post("/v1/clinics/" + clinic.id() + "/closures").then().statusCode(201);

        JsonPath series = schedule(plan, monday.toLocalDate());
        assertEquals(6, series.getList("appointments").size());
        assertEquals(List.of(3, 4), series.getList("unplaced.number", Integer.class));
        assertEquals(List.of(2, 2), series.getList("unplaced.week", Integer.class));

        String first = series.getString("appointments[0].id");
        String moved = clinic.staff().body("{\"start\":\"%s\"}".formatted(monday.plusDays(1).plusHours(10)))
                .post("/v1/appointments/" + first + "/reschedule").then().statusCode(201).extract().path("id");
        clinic.staff().get("/v1/appointment-series/" + series.getString("id")).then()
                .body("appointments", hasSize(7))
                .body("appointments.findAll { it.status == 'BOOKED' }.size()", equalTo(6))
                .body("appointments.find { it.id == '%s' }.rescheduledFrom".formatted(moved), equalTo(first));
    }
}
