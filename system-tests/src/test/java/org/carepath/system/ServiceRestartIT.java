package org.carepath.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A service is killed (SIGKILL: no shutdown, nothing flushed) while events to or from it are in flight, and
 * started again. Nothing it had accepted is lost and nothing it consumes is applied twice.
 */
class ServiceRestartIT {

    static final Duration RECOVERY = Duration.ofSeconds(120);

    @Test
    void aProducerKilledRightAfterAcceptingWritesPublishesThemAfterItsRestart() throws Exception {
        Suite suite = Suite.get();
        ClinicFixture clinic = ClinicFixture.create(suite, "producer-killed");
        List<UUID> registered = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                registered.add(clinic.registerPatient("Accepted"));
            }
            suite.stack().stop("intake", true);
        } finally {
            suite.stack().restart("intake");
        }
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).until(() ->
                Databases.patientRows(suite, "scheduling", "patient_reference", registered) == registered.size()
                        && Databases.patientRows(suite, "outcomes", "patient_profile", registered) == registered.size());
        assertEquals(0, Databases.unpublished(suite, "intake"));
        for (UUID patient : registered) {
            given(suite.as(clinic.staff)).get("/v1/patients/" + patient).then().statusCode(200);
        }
    }

    @Test
    void aConsumerKilledMidStreamAppliesEachSafetyAlertOnceAfterItsRestart() throws Exception {
        Suite suite = Suite.get();
        ClinicFixture clinic = ClinicFixture.create(suite, "consumer-killed");
        Pathway pathway = new Pathway(suite, clinic);
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID patient = clinic.registerPatient("Risk");
            pathway.screen(patient, "[]");
            patients.add(patient);
        }
        await().atMost(Pathway.EVENTUAL).until(() ->
                Databases.patientRows(suite, "outcomes", "patient_profile", patients) == patients.size());

        // Intake dies while outcomes raises alerts it must apply: some before the kill, some while it is down.
        for (UUID patient : patients.subList(0, 3)) {
            pathway.phq9FromTheApp(patient, "[1,1,1,1,1,1,1,1,1]");
        }
        suite.stack().stop("intake", true);
        try {
            for (UUID patient : patients.subList(3, 6)) {
                pathway.phq9FromTheApp(patient, "[1,1,1,1,1,1,1,1,1]");
            }
        } finally {
            suite.stack().restart("intake");
        }

        for (UUID patient : patients) {
            await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).until(() -> history(suite, pathway, patient)
                    .contains("SAFETY_HOLD"));
            assertEquals(1, Collections.frequency(history(suite, pathway, patient), "SAFETY_HOLD"), patient.toString());
        }
        assertEquals(patients.size(), Databases.patientRows(suite, "scheduling", "safety_alert", patients));
    }

    static List<Object> history(Suite suite, Pathway pathway, UUID patient) {
        return given(suite.as(pathway.prescriber)).get("/v1/patients/" + patient + "/eligibility/history")
                .then().statusCode(200).extract().jsonPath().getList("kind");
    }
}
