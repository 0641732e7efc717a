package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The service dies between committing a booking and answering it (the JVM halts as the transaction commits, as an
 * OOM kill or a power cut would). The client never got an answer and retries with the same Idempotency-Key: it
 * gets the booking's answer, and the booking, its audit record and its event exist once.
 */
class CrashAfterCommitIT {

    @Test
    void aBookingCommittedJustBeforeTheServiceDiedIsReplayedOnRetryAndNotBookedTwice() throws Exception {
        Suite suite = Suite.get();
        ClinicFixture clinic = ClinicFixture.create(suite, "crash-after-commit");
        UUID patient = clinic.registerPatient("Halted");
        await().atMost(Pathway.EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() ->
                Databases.patientRows(suite, "scheduling", "patient_reference", List.of(patient)) == 1);
        String start = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.HOURS));
        String booking = "{\"patientId\":\"" + patient + "\",\"type\":\"CONSULTATION\",\"providerId\":\""
                + clinic.providerId + "\",\"roomId\":\"" + clinic.consultationRoomId + "\",\"start\":\"" + start + "\"}";
        String key = UUID.randomUUID().toString();

        suite.stack().stop("scheduling", false);
        suite.stack().restart("scheduling", Map.of("carepath.fault.crash-after-commit", "true"));
        try {
            HttpRequest halting = HttpRequest.newBuilder(URI.create(suite.service("scheduling") + "/v1/appointments"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + clinic.staff)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .header("Carepath-Fault", "crash-after-commit").POST(HttpRequest.BodyPublishers.ofString(booking))
                    .build();
            assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(halting,
                    HttpResponse.BodyHandlers.ofString()), "the service dies before it answers");
            assertEquals(1, appointments(suite, patient), "the booking committed before the service died");
        } finally {
            suite.stack().stop("scheduling", true);
            suite.stack().restart("scheduling", Map.of());
        }

        String id = given(suite.as(clinic.staff)).header("Idempotency-Key", key).body(booking)
                .post("/v1/appointments").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("patientId", equalTo(patient.toString())).extract().path("id");
        assertEquals(1, appointments(suite, patient), "the retry did not book again");
        assertEquals(1, Databases.number(suite, "scheduling", "select count(*) from audit_record where"
                + " resource_type = 'Appointment' and resource_id = ? and action = 'create' and outcome = 'success'", id));
        assertEquals(1, Databases.number(suite, "scheduling", "select count(*) from outbox_event where"
                + " event_type = 'org.carepath.scheduling.AppointmentBooked.v1' and payload ->> 'appointmentId' = ?", id));
    }

    private static long appointments(Suite suite, UUID patient) {
        return Databases.patientRows(suite, "scheduling", "appointment", List.of(patient));
    }
}
