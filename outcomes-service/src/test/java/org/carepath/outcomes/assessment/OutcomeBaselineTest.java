package org.carepath.outcomes.assessment;

import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.carepath.outcomes.OutcomesFixtures.find;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.platform.events.Topics;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The baseline is the last score at or before the first dose, the screening's PHQ-9 and GAD-7 included; without one,
 * no response, remission or MCID is claimed and no milestone is published, on either stream.
 */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class OutcomeBaselineTest {

    static final String CLINIC = "clinic-baseline";
    static final String PHQ9_16 = "[2,2,2,2,2,2,2,2,0]";
    static final String PHQ9_8 = "[1,1,1,1,1,1,1,1,0]";
    static final String MILESTONES_PREFIX = "org.carepath.outcomes.";
    static final Set<String> MILESTONES = Set.of(MILESTONES_PREFIX + "ResponseAchieved.v1",
            MILESTONES_PREFIX + "RemissionAchieved.v1", MILESTONES_PREFIX + "RelapseDetected.v1");

    @Inject
    EntityManager em;

    @Test
    void theScreeningsPhq9BeforeTheFirstDoseIsTheBaseline() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1984);
        UUID screening = OutcomesFixtures.screened(CLINIC, patient, 18, 12, OffsetDateTime.now().minusDays(10));
        OutcomesFixtures.monitoredSession(CLINIC, patient, 121 * 60);
        phq9(patient, PHQ9_8, OffsetDateTime.now());

        as(Roles.CLINICIAN, CLINIC).get("/v1/patients/" + patient + "/outcomes").then().statusCode(200)
                .body("trajectories.find { it.instrument == 'PHQ_9' }.assessability", equalTo("ASSESSABLE"))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.baselineId", equalTo(screening.toString()))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.baselineOrigin", equalTo("SCREENING"))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.baselineTotal", equalTo(18))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.change", equalTo(-10))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.response", equalTo(true))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.mcidReached", equalTo(true))
                .body("trajectories.find { it.instrument == 'GAD_7' }.assessability",
                        equalTo("NO_SCORE_SINCE_FIRST_DOSE"))
                .body("trajectories.find { it.instrument == 'GAD_7' }.baselineTotal", equalTo(12))
                .body("trajectories.find { it.instrument == 'GAD_7' }.response", nullValue());
        JsonPath response = JsonPath.from(TopicProbe.value(TopicProbe.events(Topics.OUTCOMES,
                MILESTONES_PREFIX + "ResponseAchieved.v1", patient.toString(), 1, OutcomesFixtures.WAIT).get(0)));
        assertEquals(18, response.getInt("baselineTotal"));
        assertEquals(8, response.getInt("latestTotal"));
    }

    @Test
    void aLaterPreDoseClinicPhq9ReplacesTheScreening() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1979);
        OutcomesFixtures.screened(CLINIC, patient, 18, 12, OffsetDateTime.now().minusDays(10));
        String clinic = phq9(patient, PHQ9_16, OffsetDateTime.now().minusDays(3));
        OutcomesFixtures.monitoredSession(CLINIC, patient, 121 * 60);
        phq9(patient, PHQ9_8, OffsetDateTime.now());

        as(Roles.CLINICIAN, CLINIC).get("/v1/patients/" + patient + "/outcomes").then().statusCode(200)
                .body("trajectories.find { it.instrument == 'PHQ_9' }.baselineId", equalTo(clinic))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.baselineOrigin", equalTo("ASSESSMENT"))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.baselineTotal", equalTo(16))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.response", equalTo(true));
        JsonPath response = JsonPath.from(TopicProbe.value(TopicProbe.events(Topics.OUTCOMES,
                MILESTONES_PREFIX + "ResponseAchieved.v1", patient.toString(), 1, OutcomesFixtures.WAIT).get(0)));
        assertEquals(16, response.getInt("baselineTotal"));
    }

    @Test
    void scoresOnlyAfterTheFirstDoseGiveNoBaselineAndNoMilestone() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1991);
        OutcomesFixtures.monitoredSession(CLINIC, patient, 121 * 60);
        phq9(patient, "[3,3,3,3,2,2,2,2,0]", OffsetDateTime.now().minusMinutes(60));
        phq9(patient, "[1,1,1,1,0,0,0,0,0]", OffsetDateTime.now().minusMinutes(1));
        // Recorded after the PHQ-9s: on each topic it follows whatever they caused, under the same key.
        String marker = as(Roles.CLINICIAN, CLINIC).body(("{\"patientId\":\"%s\",\"instrument\":\"GAD_7\","
                + "\"answers\":[0,0,0,0,0,0,0]}").formatted(patient)).post("/v1/assessments").then().statusCode(201)
                .extract().path("id");

        as(Roles.CLINICIAN, CLINIC).get("/v1/patients/" + patient + "/outcomes").then().statusCode(200)
                .body("trajectories.find { it.instrument == 'PHQ_9' }.assessability", equalTo("NO_PRE_DOSE_BASELINE"))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.baselineId", nullValue())
                .body("trajectories.find { it.instrument == 'PHQ_9' }.latestTotal", equalTo(4))
                .body("trajectories.find { it.instrument == 'PHQ_9' }.response", nullValue())
                .body("trajectories.find { it.instrument == 'PHQ_9' }.remission", nullValue())
                .body("trajectories.find { it.instrument == 'PHQ_9' }.mcidReached", nullValue());

        List<String> outcomeTypes = typesUntil(Topics.OUTCOMES, patient.toString(),
                r -> "org.carepath.outcomes.AssessmentScored.v1".equals(TopicProbe.header(r, "ce_type"))
                        && TopicProbe.value(r).contains(marker));
        assertTrue(outcomeTypes.stream().noneMatch(MILESTONES::contains), outcomeTypes.toString());

        String pseudonym = find(CLINIC, () -> em.createNativeQuery(
                "select cast(pseudonym as text) from patient_pseudonym where patient_id = ?1").setParameter(1, patient)
                .getSingleResult()).toString();
        List<String> analyticsTypes = typesUntil(Topics.ANALYTICS_OUTCOMES, pseudonym,
                r -> "GAD_7".equals(JsonPath.from(TopicProbe.value(r)).getString("instrument")));
        assertTrue(analyticsTypes.stream().noneMatch("org.carepath.analytics.OutcomeMilestone.v1"::equals),
                analyticsTypes.toString());
    }

    private static String phq9(UUID patient, String answers, OffsetDateTime takenAt) {
        return as(Roles.CLINICIAN, CLINIC).body(
                "{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":%s,\"takenAt\":\"%s\"}"
                        .formatted(patient, answers, takenAt))
                .post("/v1/assessments").then().statusCode(201).extract().path("id");
    }

    /** The types of a key's records on a topic, read until the one that must come last is there. */
    private static List<String> typesUntil(String topic, String key, Predicate<ConsumerRecord<String, byte[]>> last) {
        List<ConsumerRecord<String, byte[]>> read = TopicProbe.readUntil(topic,
                records -> records.stream().anyMatch(r -> key.equals(r.key()) && last.test(r)), OutcomesFixtures.WAIT);
        assertTrue(read.stream().anyMatch(r -> key.equals(r.key()) && last.test(r)), "the last record arrived");
        return read.stream().filter(r -> key.equals(r.key())).map(r -> TopicProbe.header(r, "ce_type")).toList();
    }
}
