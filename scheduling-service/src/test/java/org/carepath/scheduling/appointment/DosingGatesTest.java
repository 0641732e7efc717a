package org.carepath.scheduling.appointment;

import static org.awaitility.Awaitility.await;
import static org.carepath.scheduling.SchedulingFixtures.book;
import static org.carepath.scheduling.SchedulingFixtures.booking;
import static org.carepath.scheduling.SchedulingFixtures.find;
import static org.carepath.scheduling.SchedulingFixtures.iso;
import static org.carepath.scheduling.SchedulingFixtures.mondayInWeeks;
import static org.carepath.scheduling.appointment.BookingTest.expect;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.carepath.platform.events.Topics;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.carepath.scheduling.SchedulingFixtures;
import org.carepath.scheduling.SchedulingFixtures.Clinic;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.patient.persistence.SafetyAlert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Dosing appointments only for a patient who may be dosed, as often as the plan and the label allow. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DosingGatesTest {

    static final String ESKETAMINE = "ESKETAMINE_INTRANASAL";

    Clinic clinic;

    /** Set up once, through the API, when the first test runs (REST Assured is ready only then). */
    @BeforeEach
    void setUp() {
        if (clinic == null) {
            clinic = SchedulingFixtures.clinic("clinic-dosing");
        }
    }

    Response bookEsketamine(UUID patient, OffsetDateTime start) {
        return clinic.staff().body(booking(patient, "ESKETAMINE_DOSING", clinic.nurse(), clinic.nasalChair(), start))
                .post("/v1/appointments");
    }

    @Test
    void anIneligiblePatientIsNotBookedForDosing() {
        UUID patient = SchedulingFixtures.patient(clinic.id());
        SchedulingFixtures.eligibility(clinic.id(), patient, "INELIGIBLE", OffsetDateTime.now().minusMinutes(5));
        SchedulingFixtures.plan(clinic.id(), patient, ESKETAMINE, 2, 4);
        SchedulingFixtures.remsEnrollment(clinic.id(), patient);

        expect(bookEsketamine(patient, mondayInWeeks(2, 9, 0)), 422, "patient-not-eligible", null);
        assertEquals(0L, (long) find(clinic.id(), () -> Appointment.count("patientId", patient)));
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), mondayInWeeks(2, 9, 0));
    }

    @Test
    void aThirdEsketamineSessionInOneInductionWeekIsRefused() {
        UUID patient = SchedulingFixtures.dosingPatient(clinic.id(), ESKETAMINE, 2, 4);
        OffsetDateTime monday = mondayInWeeks(2, 9, 0);
        bookEsketamine(patient, monday).then().statusCode(201).body("end", equalTo(iso(monday.plusMinutes(140))));
        bookEsketamine(patient, monday.plusDays(3)).then().statusCode(201);

        Response third = bookEsketamine(patient, monday.plusDays(5));
        expect(third, 422, "frequency-cap-exceeded", null);
        third.then().body("detail", equalTo(
                "Esketamine allows at most 2 sessions in treatment week 1 (weeks 1–4) [S1][S2][S11]"));
        bookEsketamine(patient, monday.plusDays(7)).then().statusCode(201);
    }

    @Test
    void esketamineNeedsRemsEnrollmentAnApprovedPlanAndACertifiedClinic() {
        UUID noRems = SchedulingFixtures.patient(clinic.id());
        SchedulingFixtures.eligibility(clinic.id(), noRems, "ELIGIBLE", OffsetDateTime.now().minusMinutes(5));
        SchedulingFixtures.plan(clinic.id(), noRems, ESKETAMINE, 2, 4);
        expect(bookEsketamine(noRems, mondayInWeeks(3, 9, 0)), 422, "rems-enrollment-missing", null);

        UUID noPlan = SchedulingFixtures.patient(clinic.id());
        SchedulingFixtures.eligibility(clinic.id(), noPlan, "ELIGIBLE", OffsetDateTime.now().minusMinutes(5));
        SchedulingFixtures.remsEnrollment(clinic.id(), noPlan);
        expect(bookEsketamine(noPlan, mondayInWeeks(3, 9, 0)), 422, "no-approved-plan", null);

        Clinic uncertified = SchedulingFixtures.clinic("clinic-dosing-uncertified", SchedulingFixtures.ALL_DAY, false);
        UUID patient = SchedulingFixtures.dosingPatient(uncertified.id(), ESKETAMINE, 2, 4);
        expect(uncertified.staff().body(booking(patient, "ESKETAMINE_DOSING", uncertified.nurse(), uncertified.nasalChair(),
                mondayInWeeks(3, 9, 0))).post("/v1/appointments"), 422, "clinic-not-rems-certified", null);
    }

    @Test
    void dosingNeedsAPrescriberOnSiteForTheWholeMonitoringWindow() {
        UUID patient = SchedulingFixtures.dosingPatient(clinic.id(), "IV", 3, 2);
        OffsetDateTime start = mondayInWeeks(8, 9, 0);
        clinic.as("admin").body("{\"start\":\"%s\",\"end\":\"%s\",\"reason\":\"Conference\"}"
                .formatted(start.plusMinutes(90), start.plusHours(4)))
                .post("/v1/providers/" + clinic.prescriber() + "/leave").then().statusCode(201);

        expect(clinic.staff().body(booking(patient, "IV_INFUSION", clinic.nurse(), clinic.infusionChair(), start))
                .post("/v1/appointments"), 422, "no-prescriber-on-site", null);
        clinic.staff().body(booking(patient, "IV_INFUSION", clinic.nurse(), clinic.infusionChair(), start.minusMinutes(30)))
                .post("/v1/appointments").then().statusCode(201);
    }

    @Test
    void checkInUnderASafetyHoldIsRefusedAndOtherwiseOpensTheDosingSession() {
        UUID patient = SchedulingFixtures.dosingPatient(clinic.id(), ESKETAMINE, 2, 4);
        OffsetDateTime soon = OffsetDateTime.now(SchedulingFixtures.ZONE).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        String id = bookEsketamine(patient, soon).then().statusCode(201).extract().path("id");
        String checkIn = "{\"escortName\":\"Sam Lee\",\"noDrivingAcknowledged\":true}";

        UUID alert = SchedulingFixtures.safetyAlert(clinic.id(), patient);
        clinic.staff().get("/v1/appointments/" + id).then().body("safetyHold", equalTo(true));
        expect(clinic.staff().body(checkIn).post("/v1/appointments/" + id + "/check-in"), 409, "safety-hold", null);
        expect(bookEsketamine(patient, mondayInWeeks(4, 9, 0)), 409, "safety-hold", null);

        TopicProbe.publishEvent(Topics.OUTCOMES, "org.carepath.outcomes.SafetyAlertResolved.v1", clinic.id(), patient,
                "{\"alertId\":\"%s\",\"patientId\":\"%s\",\"resolvedAt\":\"%s\"}".formatted(alert, patient, OffsetDateTime.now()));
        await().atMost(SchedulingFixtures.WAIT).until(() -> !find(clinic.id(),
                () -> SafetyAlert.openFor(patient)));

        expect(clinic.staff().body("{\"escortName\":\"Sam Lee\"}").post("/v1/appointments/" + id + "/check-in"), 400,
                "invalid-fields", "noDrivingAcknowledged");
        clinic.staff().body("{}").post("/v1/appointments/" + id + "/check-in").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("escortName", "noDrivingAcknowledged"));
        clinic.staff().body(checkIn).post("/v1/appointments/" + id + "/check-in").then().statusCode(200)
                .body("status", equalTo("CHECKED_IN")).body("escortName", equalTo("Sam Lee"));

        JsonPath checkedIn = JsonPath.from(TopicProbe.value(TopicProbe.events(Topics.SCHEDULING,
                "org.carepath.scheduling.PatientCheckedIn.v1", patient.toString(), 1, SchedulingFixtures.WAIT).get(0)));
        assertEquals(id, checkedIn.getString("appointmentId"));
        assertEquals(56.0, checkedIn.getDouble("plannedDoseMg"), "the first session gets the plan's first dose");
        assertNull(checkedIn.get("escortName"), "no names in events");

        expect(clinic.staff().post("/v1/appointments/" + id + "/complete"), 409, "completes-with-dosing-session", null);
        UUID sessionId = UUID.randomUUID();
        TopicProbe.publishEvent(Topics.OUTCOMES, "org.carepath.outcomes.DosingSessionCompleted.v1", clinic.id(), patient,
                "{\"sessionId\":\"%s\",\"appointmentId\":\"%s\",\"patientId\":\"%s\",\"completedAt\":\"%s\"}"
                        .formatted(sessionId, id, patient, OffsetDateTime.now()));
        await().atMost(SchedulingFixtures.WAIT).until(() -> "COMPLETED"
                .equals(clinic.staff().get("/v1/appointments/" + id).path("status")));
        clinic.staff().get("/v1/appointments/" + id).then().body("dosingSessionId", equalTo(sessionId.toString()));

        UUID stranger = UUID.randomUUID();
        TopicProbe.publishEvent(Topics.OUTCOMES, "org.carepath.outcomes.DosingSessionCompleted.v1", clinic.id(), stranger,
                "{\"sessionId\":\"%s\",\"appointmentId\":\"%s\",\"patientId\":\"%s\",\"completedAt\":\"%s\"}"
                        .formatted(UUID.randomUUID(), UUID.randomUUID(), stranger, OffsetDateTime.now()));
        assertEquals(1, TopicProbe.readUntil(Topics.deadLetterOf(Topics.OUTCOMES),
                records -> records.stream().anyMatch(r -> stranger.toString().equals(r.key())), SchedulingFixtures.WAIT)
                .stream().filter(r -> stranger.toString().equals(r.key())).count(), "an unknown appointment is dead-lettered");
    }
}
