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
 * The broker goes away for 30 seconds while clinics keep working. Every write the services accept in that time
 * is kept in their outboxes and reaches the other services once the broker is back, and each effect happens once
 * however often the relays retried.
 */
class KafkaOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final Duration RECOVERY = Duration.ofSeconds(120);

    @Test
    void writesAcceptedWhileTheBrokerIsDownHaveTheirEffectsOnceAfterwards() throws Exception {
        Suite suite = Suite.get();
        ClinicFixture clinic = ClinicFixture.create(suite, "kafka-outage");
        Pathway pathway = new Pathway(suite, clinic);
        UUID atRisk = clinic.registerPatient("Ada");
        pathway.screen(atRisk, "[]");
        await().atMost(Pathway.EVENTUAL).until(() -> Databases.number(suite, "outcomes",
                "select count(*) from patient_profile where patient_id = ?", atRisk) == 1);

        List<UUID> registered = new ArrayList<>();
        suite.stack().stop("kafka", false);
        try {
            long until = System.nanoTime() + OUTAGE.toNanos();
            // A suicide-risk answer while the broker is down: the alert must still reach intake and scheduling.
            pathway.phq9FromTheApp(atRisk, "[1,1,1,1,1,1,1,1,2]");
            while (System.nanoTime() < until) {
                registered.add(clinic.registerPatient("Outage"));
                Pathway.sleep(Duration.ofSeconds(1));
            }
        } finally {
            suite.stack().restart("kafka");
        }

        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).until(() ->
                Databases.patientRows(suite, "scheduling", "patient_reference", registered) == registered.size()
                        && Databases.patientRows(suite, "outcomes", "patient_profile", registered) == registered.size()
                        && Databases.unpublished(suite, "intake") == 0 && Databases.unpublished(suite, "outcomes") == 0);
        // The hold from the alert is applied once in intake (one SAFETY_HOLD decision) and once in scheduling.
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).until(() -> given(suite.as(pathway.prescriber))
                .get("/v1/patients/" + atRisk + "/eligibility/history").jsonPath().getList("kind")
                .contains("SAFETY_HOLD"));
        assertEquals(List.of("SAFETY_HOLD", "DETERMINED"), given(suite.as(pathway.prescriber))
                .get("/v1/patients/" + atRisk + "/eligibility/history").then().statusCode(200).extract().jsonPath()
                .getList("kind"));
        assertEquals(1, Databases.number(suite, "scheduling", "select count(*) from safety_alert where patient_id = ?",
                atRisk));
        assertEquals(registered.size(), Databases.patientRows(suite, "scheduling", "patient_reference", registered));
    }
}
