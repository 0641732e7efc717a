package org.carepath.outcomes.assessment;

import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.carepath.outcomes.OutcomesFixtures.asPatient;
import static org.carepath.outcomes.OutcomesFixtures.find;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.outcomes.alert.persistence.SafetyAlertEntity;
import org.carepath.outcomes.assessment.persistence.AssessmentEntity;
import org.carepath.platform.events.Topics;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Assessments are scored exactly; a suicide-risk answer reaches a clinician at once, whoever entered it. */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class AssessmentAlertTest {

    static final String CLINIC = "clinic-outcomes";

    String phq9(UUID patient, String answers) {
        return "{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":%s}".formatted(patient, answers);
    }

    @Test
    void phq9Item9RaisesAnAlertAndItsEventWithTheAssessment() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1980);
        String id = asPatient(CLINIC, patient).body(phq9(patient, "[1,1,1,1,1,1,1,1,1]")).post("/v1/assessments")
                .then().statusCode(201)
                .body("total", equalTo(9)).body("band", equalTo("MILD"))
                .body("bandLabel", equalTo("mild"))
                .body("loincPanel", equalTo("44249-1")).body("loincTotal", equalTo("44261-6"))
                .body("flags", hasItem("SUICIDE_RISK_URGENT")).body("channel", equalTo("PATIENT_APP"))
                .extract().path("id");

        List<SafetyAlertEntity> alerts = find(CLINIC, () -> SafetyAlertEntity.<SafetyAlertEntity>list("patientId", patient));
        assertEquals(1, alerts.size());
        assertEquals(SafetyAlertEntity.Level.URGENT, alerts.get(0).level);
        assertEquals(UUID.fromString(id), alerts.get(0).sourceId);
        JsonPath raised = JsonPath.from(TopicProbe.value(TopicProbe.events(Topics.OUTCOMES,
                "org.carepath.outcomes.SafetyAlertRaised.v1", patient.toString(), 1, OutcomesFixtures.WAIT).get(0)));
        assertEquals("phq9-item9-positive", raised.getString("reasonCode"));
        assertEquals(1, TopicProbe.events(Topics.OUTCOMES, "org.carepath.outcomes.AssessmentScored.v1",
                patient.toString(), 1, OutcomesFixtures.WAIT).size());

        String alert = alerts.get(0).id.toString();
        as(Roles.CLINICIAN, CLINIC).post("/v1/safety-alerts/" + alert + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        as(Roles.CLINICIAN, CLINIC).body("{\"note\":\"Safety plan reviewed\"}").post("/v1/safety-alerts/" + alert + "/resolve")
                .then().statusCode(200).body("status", equalTo("RESOLVED"));
        as(Roles.CLINICIAN, CLINIC).body("{\"note\":\"again\"}").post("/v1/safety-alerts/" + alert + "/resolve")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("alert-already-resolved"));
        assertEquals(1, TopicProbe.events(Topics.OUTCOMES, "org.carepath.outcomes.SafetyAlertResolved.v1",
                patient.toString(), 1, OutcomesFixtures.WAIT).size());
    }

    @Test
    void badFormsAreRefusedAndStoreNothing() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1975);
        for (String answers : List.of("[1,1,1,1,1,1,1,1]", "[1,1,1,1,1,1,1,1,4]", "[1,1,1,1,1,1,1,1,null]", "[-1,0,0,0,0,0,0,0,0]")) {
            as(Roles.CLINICIAN, CLINIC).body(phq9(patient, answers)).post("/v1/assessments").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("answers"));
        }
        as(Roles.CLINICIAN, CLINIC).body(phq9(UUID.randomUUID(), "[0,0,0,0,0,0,0,0,0]")).post("/v1/assessments").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("patient-not-found"));
        UUID othersPatient = OutcomesFixtures.patient("clinic-elsewhere", 1975);
        as(Roles.CLINICIAN, CLINIC).body(phq9(othersPatient, "[0,0,0,0,0,0,0,0,0]")).post("/v1/assessments").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("patient-not-found"));
        // C-SSRS Q4 and Q5 yes although Q2 is no: the screener skips them, so the answers contradict each other.
        as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"CSSRS_SCREENER\",\"answers\":%s}"
                .formatted(patient, "[0,0,null,1,1,0,null]")).post("/v1/assessments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", containsString("Q4, Q5"));
        assertEquals(0L, (long) find("clinic-elsewhere", () -> AssessmentEntity.count("patientId", othersPatient)));
        asPatient(CLINIC, UUID.randomUUID()).body(phq9(patient, "[0,0,0,0,0,0,0,0,0]")).post("/v1/assessments").then()
                .statusCode(403);
        asPatient(CLINIC, patient).body("{\"instrument\":\"MADRS\",\"answers\":[0,0,0,0,0,0,0,0,0,0]}")
                .post("/v1/assessments").then().statusCode(422).body("code", equalTo("instrument-not-self-report"));
        as(Roles.CLINICIAN, CLINIC).body("{\"instrument\":\"PHQ_9\",\"answers\":[0,0,0,0,0,0,0,0,0]}")
                .post("/v1/assessments").then().statusCode(400).body("errors[0].field", equalTo("patientId"));
        assertEquals(0L, (long) find(CLINIC, () -> AssessmentEntity.count("patientId", patient)));
        asPatient(CLINIC, patient).body("{\"instrument\":\"GAD_7\",\"answers\":[0,1,0,1,0,1,0]}")
                .post("/v1/assessments").then().statusCode(201).body("patientId", equalTo(patient.toString()));
    }

    @Test
    void theTrajectoryMeasuresResponseAndRemissionFromTheBaseline() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1990);
        OffsetDateTime start = OffsetDateTime.now().minusDays(20);
        as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":[2,2,2,2,2,2,2,2,0],\"takenAt\":\"%s\"}"
                .formatted(patient, start)).post("/v1/assessments").then().statusCode(201).body("total", equalTo(16));
        // Response and remission are changes on treatment: the first dose falls between the two scores.
        OutcomesFixtures.monitoredSession(CLINIC, patient, Duration.ofDays(10).toSeconds());
        as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":[1,0,1,0,1,0,1,0,0],\"takenAt\":\"%s\"}"
                .formatted(patient, start.plusDays(14))).post("/v1/assessments").then().statusCode(201);

        asPatient(CLINIC, patient).get("/v1/patients/" + patient + "/outcomes").then().statusCode(200)
                .body("trajectories[0].instrument", equalTo("PHQ_9"))
                .body("trajectories[0].assessability", equalTo("ASSESSABLE"))
                .body("trajectories[0].baselineTotal", equalTo(16))
                .body("trajectories[0].latestTotal", equalTo(4))
                .body("trajectories[0].response", equalTo(true))
                .body("trajectories[0].remission", equalTo(true))
                .body("trajectories[0].mcidReached", equalTo(true));
        asPatient(CLINIC, UUID.randomUUID()).get("/v1/patients/" + patient + "/outcomes").then().statusCode(404);

        for (String milestone : List.of("ResponseAchieved", "RemissionAchieved")) {
            JsonPath event = JsonPath.from(TopicProbe.value(TopicProbe.events(Topics.OUTCOMES,
                    "org.carepath.outcomes." + milestone + ".v1", patient.toString(), 1, OutcomesFixtures.WAIT).get(0)));
            assertEquals(16, event.getInt("baselineTotal"), milestone);
            assertEquals(4, event.getInt("latestTotal"), milestone);
        }
    }

    @Test
    void aSeriousAdverseEventRaisesAnAlertAndAFatalOneMustSaySo() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1970);
        String report = "{\"patientId\":\"%s\",\"term\":\"Hypertensive crisis\",\"severity\":\"SEVERE\","
                + "\"seriousnessCriteria\":%s,\"outcome\":\"%s\",\"relationToDose\":\"POSSIBLY_RELATED\","
                + "\"onsetAt\":\"%s\"}";
        as(Roles.CLINICIAN, CLINIC).body(report.formatted(patient, "[]", "FATAL", OffsetDateTime.now().minusHours(1)))
                .post("/v1/adverse-events").then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        String etag = as(Roles.CLINICIAN, CLINIC).body(report.formatted(patient, "[\"HOSPITALIZATION\"]", "ONGOING",
                OffsetDateTime.now().minusHours(1))).post("/v1/adverse-events").then().statusCode(201)
                .body("serious", equalTo(true)).extract().header("ETag");
        List<SafetyAlertEntity> alerts = find(CLINIC, () -> SafetyAlertEntity.<SafetyAlertEntity>list("patientId", patient));
        assertEquals(List.of("serious-adverse-event"), alerts.stream().map(a -> a.reasonCode).toList());
        String id = as(Roles.CLINICIAN, CLINIC).queryParam("patientId", patient.toString()).get("/v1/adverse-events")
                .then().statusCode(200).extract().path("[0].id");
        as(Roles.CLINICIAN, CLINIC).header("If-Match", etag).body("{\"outcome\":\"RESOLVED\"}")
                .post("/v1/adverse-events/" + id + "/outcome").then().statusCode(200).body("outcome", equalTo("RESOLVED"));
        as(Roles.CLINICIAN, CLINIC).header("If-Match", etag).body("{\"outcome\":\"RECOVERING\"}")
                .post("/v1/adverse-events/" + id + "/outcome").then().statusCode(412);
    }
}
