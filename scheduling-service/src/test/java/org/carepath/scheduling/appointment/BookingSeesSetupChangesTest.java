package org.carepath.scheduling.appointment;

import static org.carepath.scheduling.SchedulingFixtures.ALL_DAY;
import static org.carepath.scheduling.SchedulingFixtures.book;
import static org.carepath.scheduling.SchedulingFixtures.booking;
import static org.carepath.scheduling.SchedulingFixtures.iso;
import static org.carepath.scheduling.SchedulingFixtures.mondayInWeeks;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.scheduling.SchedulingFixtures;
import org.carepath.scheduling.SchedulingFixtures.Clinic;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Bookings keep each clinic's setup in memory; a change to it, through the API or straight in the database as
 * another replica or an operator would make it, is seen by the very next booking.
 */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "scheduling"))
class BookingSeesSetupChangesTest {

    @Inject
    DataSource database;

    @Test
    void aProvidersNewRolesCountAtOnce() {
        Clinic clinic = SchedulingFixtures.clinic("clinic-changes-roles");
        UUID patient = SchedulingFixtures.patient(clinic.id());
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), mondayInWeeks(2, 9, 0));

        String etag = clinic.staff().get("/v1/providers/" + clinic.prescriber()).then().statusCode(200).extract()
                .header("ETag");
        clinic.as(Roles.ADMIN).header("If-Match", etag).body(Map.of("displayName", "therapist now", "roles",
                new String[] {"THERAPIST"}, "dutyHours", JsonPath.from(ALL_DAY).getList("")))
                .put("/v1/providers/" + clinic.prescriber()).then().statusCode(200);

        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), mondayInWeeks(2, 11, 0), 422,
                "provider-not-qualified");
    }

    @Test
    void aNewClosureAndNewLeaveCountAtOnce() {
        Clinic clinic = SchedulingFixtures.clinic("clinic-changes-periods");
        UUID patient = SchedulingFixtures.patient(clinic.id());
        OffsetDateTime start = mondayInWeeks(2, 9, 0);
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start);

        clinic.as(Roles.ADMIN).body(period(start.plusHours(2), start.plusHours(4)))
                .post("/v1/clinics/" + clinic.id() + "/closures").then().statusCode(201);
        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), start.plusHours(2), 422,
                "clinic-closed");

        clinic.as(Roles.ADMIN).body(period(start.plusHours(5), start.plusHours(7)))
                .post("/v1/providers/" + clinic.prescriber() + "/leave").then().statusCode(201);
        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), start.plusHours(5), 422,
                "provider-on-leave");
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start.plusHours(8));
    }

    @Test
    void aRoomTakenOutOfUseCountsAtOnce() {
        Clinic clinic = SchedulingFixtures.clinic("clinic-changes-room");
        UUID patient = SchedulingFixtures.patient(clinic.id());
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), mondayInWeeks(2, 9, 0));

        String etag = clinic.staff().get("/v1/rooms/" + clinic.consultationRoom()).then().statusCode(200).extract()
                .header("ETag");
        clinic.as(Roles.ADMIN).header("If-Match", etag)
                .body("{\"name\":\"consultation\",\"capabilities\":[\"CONSULTATION_ROOM\"],\"active\":false}")
                .put("/v1/rooms/" + clinic.consultationRoom()).then().statusCode(200);

        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), mondayInWeeks(2, 11, 0), 422,
                "room-lacks-capability");
    }

    /** Changes written in SQL, past this service's code, as another replica's transaction would commit them. */
    @Test
    void changesAnotherReplicaCommitsCountAtOnce() throws SQLException {
        Clinic clinic = SchedulingFixtures.clinic("clinic-changes-replica");
        UUID patient = SchedulingFixtures.patient(clinic.id());
        OffsetDateTime start = mondayInWeeks(2, 9, 0);
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start);

        sql("update provider set roles = '[\"THERAPIST\"]' where id = ?", clinic.prescriber());
        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), start.plusHours(1), 422,
                "provider-not-qualified");
        sql("update provider set roles = '[\"PRESCRIBER\"]' where id = ?", clinic.prescriber());
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start.plusHours(1));

        sql("insert into provider_leave (id, clinic_id, provider_id, starts_at, ends_at, reason, created_at)"
                + " select gen_random_uuid(), clinic_id, id, ?, ?, 'sick', now() from provider where id = ?",
                start.plusHours(2), start.plusHours(3), clinic.prescriber());
        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), start.plusHours(2), 422,
                "provider-on-leave");

        sql("insert into clinic_closure (id, clinic_id, starts_at, ends_at, reason, created_at)"
                + " values (gen_random_uuid(), ?, ?, ?, 'flood', now())", clinic.id(), start.plusHours(4),
                start.plusHours(5));
        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), start.plusHours(4), 422,
                "clinic-closed");

        sql("update room set active = false where id = ?", clinic.consultationRoom());
        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), start.plusHours(6), 422,
                "room-lacks-capability");

        sql("update room set active = true where id = ?", clinic.consultationRoom());
        sql("update clinic set opening_hours = '[]' where clinic_id = ?", clinic.id());
        refused(clinic, patient, clinic.prescriber(), clinic.consultationRoom(), start.plusHours(6), 422,
                "outside-opening-hours");
    }

    /** Each clinic sees only its own setup, however recently another clinic's was read. */
    @Test
    void aSetupServesOnlyItsOwnClinic() {
        Clinic clinic = SchedulingFixtures.clinic("clinic-changes-own");
        Clinic other = SchedulingFixtures.clinic("clinic-changes-other");
        UUID patient = SchedulingFixtures.patient(clinic.id());
        UUID otherPatient = SchedulingFixtures.patient(other.id());
        OffsetDateTime start = mondayInWeeks(2, 9, 0);
        book(clinic, patient, "CONSULTATION", clinic.prescriber(), clinic.consultationRoom(), start);

        other.staff().body(booking(otherPatient, "CONSULTATION", clinic.prescriber(), other.consultationRoom(), start))
                .post("/v1/appointments").then().statusCode(400).body("errors[0].field", equalTo("providerId"));
        other.staff().body(booking(otherPatient, "CONSULTATION", other.prescriber(), clinic.consultationRoom(), start))
                .post("/v1/appointments").then().statusCode(400).body("errors[0].field", equalTo("roomId"));
        other.staff().body(booking(patient, "CONSULTATION", other.prescriber(), other.consultationRoom(), start))
                .post("/v1/appointments").then().statusCode(400).body("errors[0].field", equalTo("patientId"));
        book(other, otherPatient, "CONSULTATION", other.prescriber(), other.consultationRoom(), start);
    }

    private static void refused(Clinic clinic, UUID patient, UUID provider, UUID room, OffsetDateTime start, int status,
            String code) {
        clinic.staff().body(booking(patient, "CONSULTATION", provider, room, start)).post("/v1/appointments").then()
                .statusCode(status).body("code", equalTo(code));
    }

    private static String period(OffsetDateTime start, OffsetDateTime end) {
        return "{\"start\":\"%s\",\"end\":\"%s\",\"reason\":\"Holiday\"}".formatted(iso(start), iso(end));
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.executeUpdate();
        }
    }
}
