package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarts under the running services. They answer problem+json while it is down (never hang), and
 * recover on their own once it is back: new writes succeed, what was accepted before is still there, and their
 * outboxes drain, without restarting any service.
 */
class DatabaseRestartIT {

    @Test
    void theServicesRecoverWithoutARestartOfTheirOwn() throws Exception {
        Suite suite = Suite.get();
        ClinicFixture clinic = ClinicFixture.create(suite, "database-restart");
        UUID before = clinic.registerPatient("Before");

        suite.stack().restartPostgres(Duration.ofSeconds(5));

        // The connection pools notice the broken connections and open new ones.
        List<UUID> after = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            io.restassured.response.Response answer = given(suite.as(clinic.staff))
                    .body("{\"givenName\":\"After\",\"familyName\":\"Rivera\",\"dateOfBirth\":\"1984-03-09\"}")
                    .post("/v1/patients");
            if (answer.statusCode() == 201) {
                after.add(UUID.fromString(answer.path("id")));
            }
            return answer.statusCode() == 201;
        });
        given(suite.as(clinic.staff)).get("/v1/patients/" + before).then().statusCode(200);
        // Scheduling and outcomes, which also lost their connections, read and write again.
        clinic.bookConsultation(after.get(0), 5);
        given(suite.as(suite.patientToken(clinic.clinicId, after.get(0)))).get("/v1/me/assessments")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Databases.patientRows(suite, "outcomes", "patient_profile", after) == 1
                        && Databases.unpublished(suite, "intake") == 0 && Databases.unpublished(suite, "scheduling") == 0);
        assertEquals(1, Databases.patientRows(suite, "scheduling", "patient_reference", List.of(before)));
    }
}
