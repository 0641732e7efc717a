package org.carepath.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Payloads are held to the schema their CloudEvents type names, formats included. */
class EventSchemasTest {

    static final String SCORED = "org.carepath.outcomes.AssessmentScored.v1";

    static byte[] scored(String clinicId, String assessmentId) {
        return ("{\"assessmentId\":\"" + assessmentId + "\",\"patientId\":\"" + UUID.randomUUID() + "\","
                + "\"clinicId\":" + clinicId + ",\"instrument\":\"PHQ_9\",\"version\":\"1\",\"total\":12,"
                + "\"band\":\"MODERATE\",\"flags\":[],\"prorated\":false,\"takenAt\":\"2026-01-05T10:00:00Z\","
                + "\"channel\":\"STAFF\",\"dosingSessionId\":null}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPayloadThatFollowsItsSchemaHasNoViolation() {
        assertEquals(List.of(), EventSchemas.violations(SCORED, scored("\"clinic-a\"", UUID.randomUUID().toString())));
    }

    @Test
    void aNullClinicIsAViolation() {
        List<String> violations = EventSchemas.violations(SCORED, scored("null", UUID.randomUUID().toString()));
        assertTrue(violations.toString().contains("clinicId"), violations.toString());
    }

    @Test
    void aMalformedUuidIsAViolation() {
        assertEquals(1, EventSchemas.violations(SCORED, scored("\"clinic-a\"", "not-a-uuid")).size());
    }

    @Test
    void aTypeWithoutASchemaIsAViolation() {
        assertTrue(EventSchemas.violations("org.carepath.outcomes.Unheard.v1", "{}".getBytes(StandardCharsets.UTF_8))
                .get(0).startsWith("no JSON Schema for event type org.carepath.outcomes.Unheard.v1"));
    }
}
