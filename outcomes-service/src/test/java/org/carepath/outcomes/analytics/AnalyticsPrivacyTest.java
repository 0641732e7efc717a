package org.carepath.outcomes.analytics;

import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.carepath.outcomes.OutcomesFixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.outcomes.session.persistence.DosingSessionEntity;
import org.carepath.platform.events.Topics;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.carepath.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Rule 10: every field of every analytics event type is inspected. None carries a name, contact data, an MRN, a
 * birth date, a date finer than the year, or a real patient, session, appointment or record id.
 */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class AnalyticsPrivacyTest {

    static final String CLINIC = "clinic-analytics";
    /** The only fields an analytics payload may have, per ARCHITECTURE.md's list. */
    static final Set<String> ALLOWED_FIELDS = Set.of("pseudonymousId", "clinicId", "year", "ageBand", "instrument",
            "total", "band", "bandLabel", "flags", "prorated", "channel", "route", "sessionsBefore", "doseMg",
            "doseMgPerKg", "sessionNumber", "level", "reasonCode", "source", "severity", "serious", "seriousnessCriteria", "outcome",
            "relationToDose", "milestone", "baselineTotal", "latestTotal", "percentChange");
    static final Set<String> TYPES = Set.of("org.carepath.analytics.AssessmentScored.v1",
            "org.carepath.analytics.DosingSessionCompleted.v1", "org.carepath.analytics.SafetyAlertRaised.v1",
            "org.carepath.analytics.AdverseEventReported.v1", "org.carepath.analytics.OutcomeMilestone.v1");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}:\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");
    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    EntityManager em;

    @Test
    void everyFieldOfEveryAnalyticsEventIsDeidentified() throws Exception {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1931);
        OffsetDateTime baseline = OffsetDateTime.now().minusDays(3);
        as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":[2,2,2,2,2,2,2,2,1],\"takenAt\":\"%s\"}"
                .formatted(patient, baseline)).post("/v1/assessments").then().statusCode(201);
        UUID session = OutcomesFixtures.monitoredSession(CLINIC, patient, 121 * 60);
        as(Roles.CLINICIAN, CLINIC).post("/v1/dosing-sessions/" + session + "/discharge").then().statusCode(200);
        as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":[0,1,0,0,1,0,0,0,0]}"
                .formatted(patient)).post("/v1/assessments").then().statusCode(201);
        as(Roles.CLINICIAN, CLINIC).body(("{\"patientId\":\"%s\",\"sessionId\":\"%s\",\"term\":\"Dissociation at home,"
                + " called Dr Smith 555-0100\",\"severity\":\"SEVERE\",\"seriousnessCriteria\":[\"IMPORTANT_MEDICAL_EVENT\"],"
                + "\"outcome\":\"RECOVERING\",\"relationToDose\":\"RELATED\",\"onsetAt\":\"%s\"}")
                .formatted(patient, session, OffsetDateTime.now().minusMinutes(5)))
                .post("/v1/adverse-events").then().statusCode(201);

        UUID pseudonym = find(CLINIC, () -> (UUID) em.createNativeQuery(
                "select pseudonym from patient_pseudonym where patient_id = ?1").setParameter(1, patient).getSingleResult());
        assertNotEquals(patient, pseudonym);
        UUID appointment = find(CLINIC, () -> DosingSessionEntity.<DosingSessionEntity>findById(session).appointmentId);
        Set<String> secrets = Set.of(patient.toString(), session.toString(), appointment.toString(), "Smith", "555-0100",
                "1931");

        List<ConsumerRecord<String, byte[]>> records = TopicProbe.readUntil(Topics.ANALYTICS_OUTCOMES,
                all -> mine(all, pseudonym).stream().map(r -> TopicProbe.header(r, "ce_type")).collect(Collectors.toSet())
                        .containsAll(TYPES), OutcomesFixtures.WAIT);
        List<ConsumerRecord<String, byte[]>> mine = mine(records, pseudonym);
        assertEquals(TYPES, mine.stream().map(r -> TopicProbe.header(r, "ce_type")).collect(Collectors.toSet()));
        ObjectMapper json = new ObjectMapper();
        for (ConsumerRecord<String, byte[]> record : mine) {
            String type = TopicProbe.header(record, "ce_type");
            assertNull(TopicProbe.header(record, "ce_subject"), type + " names no resource");
            assertNull(TopicProbe.header(record, "ce_time"), type + " carries no exact time");
            assertNull(TopicProbe.header(record, "ce_requestid"), type + " carries no request id");
            JsonNode payload = json.readTree(record.value());
            Set<String> fields = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.add(field.getKey());
                String value = field.getValue().toString();
                for (String secret : secrets) {
                    assertFalse(value.contains(secret), type + "." + field.getKey() + " leaks an identifier");
                }
                assertFalse(DATE.matcher(value).find(), type + "." + field.getKey() + " has a date finer than the year");
                if (!field.getKey().equals("pseudonymousId")) {
                    assertFalse(UUID_TEXT.matcher(value).find(), type + "." + field.getKey() + " carries an id");
                }
            }
            assertTrue(ALLOWED_FIELDS.containsAll(fields), type + " has fields outside the list: " + fields);
            assertEquals(pseudonym.toString(), payload.get("pseudonymousId").asText());
            assertEquals("90+", payload.get("ageBand").asText(), "ages over 89 are grouped");
            assertTrue(payload.get("year").isInt() && payload.get("year").asInt() >= 2026);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> records, UUID pseudonym) {
        return records.stream().filter(r -> pseudonym.toString().equals(r.key())).toList();
    }
}
