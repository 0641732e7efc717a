package org.carepath.outcomes.assessment;

import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.carepath.outcomes.OutcomesFixtures.asPatient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.outcomes.assessment.service.AssessmentSchedule;
import org.carepath.platform.events.Topics;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The patient app's to-do list: PHQ-9 before each session and weekly in treatment, gone once answered. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class AssessmentScheduleTest {

    static final String CLINIC = "clinic-schedule";

    @Inject
    AssessmentSchedule schedule;

    @Test
    void aPhq9IsDueBeforeTheSessionAndWeeklyUntilAnswered() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1988);
        UUID session = OutcomesFixtures.monitoredSession(CLINIC, patient, 3 * 3600);
        asPatient(CLINIC, patient).get("/v1/assessments/due").then().statusCode(200)
                .body("", hasSize(1)).body("[0].reason", equalTo("BEFORE_DOSING_SESSION"))
                .body("[0].sessionId", equalTo(session.toString()));
        assertEquals(1, TopicProbe.events(Topics.OUTCOMES, "org.carepath.outcomes.AssessmentDue.v1", patient.toString(), 1,
                OutcomesFixtures.WAIT).size());

        schedule.announceWeeklyDues();
        schedule.announceWeeklyDues();
        as(Roles.CLINICIAN, CLINIC).queryParam("patientId", patient.toString()).get("/v1/assessments/due").then()
                .body("reason", equalTo(List.of("BEFORE_DOSING_SESSION", "WEEKLY")));

        asPatient(CLINIC, patient).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":[1,1,0,0,1,0,0,0,0],\"takenAt\":\"%s\"}"
                .formatted(patient, OffsetDateTime.now())).post("/v1/assessments").then().statusCode(201);
        asPatient(CLINIC, patient).get("/v1/assessments/due").then().body("", hasSize(0));
        schedule.announceWeeklyDues();
        asPatient(CLINIC, patient).get("/v1/assessments/due").then().body("", hasSize(0));
    }
}
