package org.carepath.scheduling.clinic;

import static org.carepath.scheduling.SchedulingFixtures.book;
import static org.carepath.scheduling.SchedulingFixtures.iso;
import static org.carepath.scheduling.SchedulingFixtures.mondayInWeeks;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.scheduling.SchedulingFixtures;
import org.carepath.scheduling.SchedulingFixtures.Clinic;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A clinic sets itself up, and finds free slots, its day sheet and its providers' schedules. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class ClinicSetupTest {

    static final String SETTINGS = """
            {"name":"Harbor Ketamine","timeZone":"%s","openingHours":[{"day":"MONDAY","opens":"08:00","closes":"18:00"}],
             "routesOffered":["IV"],"remsCertified":false,"policyOverrides":%s}""";

    @Test
    void aClinicIsCreatedThenChangedOnlyWithItsCurrentVersion() {
        Clinic clinic = new Clinic("clinic-setup", null, null, null, null, null, null, null);
        clinic.as(Roles.ADMIN).body(SETTINGS.formatted("America/Chicago", "{\"esketamine-monitoring-minutes\":150}"))
                .put("/v1/clinics/clinic-setup").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("policy.esketamineMonitoringMinutes", equalTo(150))
                .body("policy.consultationMinutes", equalTo(60));
        clinic.as(Roles.ADMIN).body(SETTINGS.formatted("America/Chicago", "{}")).put("/v1/clinics/clinic-setup").then()
                .statusCode(428);
        String etag = clinic.staff().get("/v1/clinics/clinic-setup").then().statusCode(200).extract().header("ETag");
        clinic.as(Roles.ADMIN).header("If-Match", etag).body(SETTINGS.formatted("America/Denver", "{}"))
                .put("/v1/clinics/clinic-setup").then().statusCode(200).body("timeZone", equalTo("America/Denver"));
        clinic.as(Roles.ADMIN).header("If-Match", etag).body(SETTINGS.formatted("America/Denver", "{}"))
                .put("/v1/clinics/clinic-setup").then().statusCode(412);
        clinic.staff().get("/v1/clinics/another-clinic").then().statusCode(404);
        clinic.as(Roles.ADMIN).body(SETTINGS.formatted("UTC", "{}")).put("/v1/clinics/another-clinic").then().statusCode(404);
        clinic.as(Roles.PATIENT).body(SETTINGS.formatted("UTC", "{}")).put("/v1/clinics/clinic-setup").then().statusCode(403);
    }

    @Test
    void invalidSettingsAreRefusedAndChangeNothing() {
        Clinic clinic = new Clinic("clinic-setup-bad", null, null, null, null, null, null, null);
        List<Response> refused = new ArrayList<>();
        refused.add(clinic.as(Roles.ADMIN).body(SETTINGS.formatted("+02:00", "{}")).put("/v1/clinics/clinic-setup-bad"));
        refused.add(clinic.as(Roles.ADMIN).body(SETTINGS.formatted("Mars/Olympus", "{}")).put("/v1/clinics/clinic-setup-bad"));
        refused.add(clinic.as(Roles.ADMIN).body(SETTINGS.formatted("UTC", "{\"esketamine-monitoring-minutes\":90}"))
                .put("/v1/clinics/clinic-setup-bad"));
        refused.add(clinic.as(Roles.ADMIN).body(SETTINGS.formatted("UTC", "{\"nap-minutes\":5}"))
                .put("/v1/clinics/clinic-setup-bad"));
        refused.add(clinic.as(Roles.ADMIN).body(SETTINGS.formatted("UTC", "{}").replace("\"closes\":\"18:00\"",
                "\"closes\":\"07:00\"")).put("/v1/clinics/clinic-setup-bad"));
        refused.add(clinic.as(Roles.ADMIN).body(SETTINGS.formatted("UTC", "{}").replace("\"08:00\"", "\"8am\""))
                .put("/v1/clinics/clinic-setup-bad"));
        for (Response response : refused) {
            response.then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals("policyOverrides", refused.get(2).path("errors[0].field"));
        assertEquals("openingHours[0]", refused.get(4).path("errors[0].field"));
        clinic.staff().get("/v1/clinics/clinic-setup-bad").then().statusCode(404);
    }

    @Test
    void availabilityOffersOnlyFreeQualifiedSlotsInsideOpeningHours() {
        Clinic clinic = SchedulingFixtures.clinic("clinic-setup-slots", """
                [{"day":"MONDAY","opens":"09:00","closes":"12:00"}]""", true);
        OffsetDateTime monday = mondayInWeeks(3, 9, 0);
        UUID patient = SchedulingFixtures.patient(clinic.id());
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), monday.plusHours(1));

        Response found = clinic.staff().queryParam("type", "CONSULTATION").queryParam("from", monday.minusHours(2).toString())
                .queryParam("to", monday.plusHours(6).toString()).get("/v1/availability");
        found.then().statusCode(200).body("durationMinutes", equalTo(60));
        List<String> starts = found.path("slots.start");
        assertEquals(List.of(iso(monday), iso(monday.plusHours(2))), starts, "09:00 and 11:00: 10:00-11:00 is booked");
        found.then().body("slots.providerId", hasItem(clinic.prescriber().toString()));

        clinic.patient(patient).queryParam("type", "CONSULTATION").queryParam("from", monday.toString())
                .queryParam("to", monday.plusHours(3).toString()).queryParam("patientId", patient.toString())
                .get("/v1/availability").then().statusCode(200)
                .body("slots.start", not(hasItem(iso(monday.plusMinutes(30)))));
        clinic.staff().queryParam("type", "ESKETAMINE_DOSING").queryParam("from", monday.toString())
                .queryParam("to", monday.plusHours(6).toString()).get("/v1/availability").then().statusCode(200)
                .body("durationMinutes", equalTo(140))
                .body("slots.start", equalTo(List.of(iso(monday), iso(monday.plusMinutes(15)), iso(monday.plusMinutes(30)))));
        clinic.staff().queryParam("type", "MASSAGE").get("/v1/availability").then().statusCode(400);
        clinic.staff().queryParam("type", "CONSULTATION").queryParam("from", monday.toLocalDateTime().toString())
                .get("/v1/availability").then().statusCode(400).body("errors[0].field", equalTo("from"));
        clinic.staff().queryParam("type", "CONSULTATION").queryParam("from", monday.toString())
                .queryParam("to", monday.minusHours(1).toString()).get("/v1/availability").then().statusCode(400);
        clinic.staff().queryParam("type", "CONSULTATION").queryParam("providerId", UUID.randomUUID().toString())
                .get("/v1/availability").then().statusCode(400).body("errors[0].field", equalTo("providerId"));
    }

    @Test
    void theDaySheetAndAProvidersScheduleListAppointmentsInStartOrder() {
        Clinic clinic = SchedulingFixtures.clinic("clinic-setup-sheet");
        OffsetDateTime monday = mondayInWeeks(2, 8, 0);
        List<String> ids = new ArrayList<>();
        for (int i = 2; i >= 0; i--) {
            ids.add(0, book(clinic, SchedulingFixtures.patient(clinic.id()), "FOLLOW_UP", clinic.therapist(),
                    clinic.consultationRoom(), monday.plusHours(i)).toString());
        }
        book(clinic, SchedulingFixtures.patient(clinic.id()), "FOLLOW_UP", clinic.therapist(), clinic.consultationRoom(),
                monday.plusDays(1));

        Response first = clinic.staff().queryParam("date", monday.toLocalDate().toString()).queryParam("limit", "2")
                .get("/v1/clinics/clinic-setup-sheet/day-sheet");
        first.then().statusCode(200).body("items.id", equalTo(ids.subList(0, 2)));
        clinic.staff().queryParam("date", monday.toLocalDate().toString()).queryParam("limit", "2")
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/v1/clinics/clinic-setup-sheet/day-sheet").then().statusCode(200)
                .body("items.id", equalTo(ids.subList(2, 3))).body("nextCursor", equalTo(null));

        clinic.staff().queryParam("from", monday.toString()).queryParam("to", monday.plusDays(2).toString())
                .get("/v1/providers/" + clinic.therapist() + "/schedule").then().statusCode(200)
                .body("items", hasSize(4));
        clinic.staff().get("/v1/providers/" + UUID.randomUUID() + "/schedule").then().statusCode(404);
        clinic.staff().queryParam("date", "tomorrow").get("/v1/clinics/clinic-setup-sheet/day-sheet").then().statusCode(400);
        clinic.staff().get("/v1/clinics/clinic-setup-sheet/appointment-types").then().statusCode(200)
                .body("find { it.type == 'ESKETAMINE_DOSING' }.lengthMinutes", equalTo(140))
                .body("find { it.type == 'IV_INFUSION' }.lengthMinutes", equalTo(100));
    }
}
