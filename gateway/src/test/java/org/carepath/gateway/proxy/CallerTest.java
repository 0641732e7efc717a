package org.carepath.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    /** A verified token as smallrye-jwt gives it: custom claims as JSON values. */
    static JsonWebToken token(String subject, Set<String> groups, Map<String, String> custom) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        claims.put("groups", groups);
        claims.put("exp", 1_800_000_000L);
        custom.forEach((name, value) -> claims.put(name, Json.createValue(value)));
        return new JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claim) {
                return (T) claims.get(claim);
            }
        };
    }

    @Test
    void aPatientTokenCountsAgainstItsPatient() {
        Caller caller = Caller.of(token("app-user", Set.of("patient"),
                Map.of("patient_id", "8d1c0f3e-0000-4000-8000-000000000001", "clinic_id", "clinic-a")));
        assertEquals("8d1c0f3e-0000-4000-8000-000000000001", caller.patientId());
        assertEquals("patient:8d1c0f3e-0000-4000-8000-000000000001", caller.rateLimitClient());
        assertEquals(1_800_000_000L, caller.expiresAt());
    }

    @Test
    void aStaffTokenCountsAgainstItsClinicAndHasNoPatient() {
        Caller caller = Caller.of(token("nurse", Set.of("clinic-staff", "clinician"),
                Map.of("clinic_id", "clinic-a", "patient_id", "8d1c0f3e-0000-4000-8000-000000000001")));
        assertEquals("clinic:clinic-a", caller.rateLimitClient(), "a patient_id on a staff token does not count");
        assertTrue(caller.hasAnyOf(List.of("admin", "clinician")));
        assertFalse(caller.hasAnyOf(List.of("patient")));
    }

    @Test
    void aTokenWithoutClinicCountsAgainstItsSubject() {
        Caller caller = Caller.of(token("pipeline", Set.of(), Map.of()));
        assertNull(caller.patientId());
        assertEquals("subject:pipeline", caller.rateLimitClient());
        assertFalse(caller.hasAnyOf(List.of("clinic-staff")));
    }
}
