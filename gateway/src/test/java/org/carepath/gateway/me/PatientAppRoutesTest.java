package org.carepath.gateway.me;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PatientAppRoutesTest {

    static final UUID PATIENT = UUID.fromString("0190a8e2-0000-7000-8000-000000000001");
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    static Optional<String> target(String method, String path, Map<String, String> query) {
        return PatientAppRoutes.target(method, path, query, PATIENT, NOW);
    }

    @Test
    void appointmentsAreTheTokensPatientsHalfAYearEitherSide() {
        assertEquals("/v1/appointments?patientId=" + PATIENT + "&from=2026-05-25T10%3A00Z&to=2027-05-20T10%3A00Z",
                target("GET", "/v1/me/appointments", Map.of("patientId", UUID.randomUUID().toString())).orElseThrow());
    }

    @Test
    void theClientsWindowAndPagingPassThrough() {
        String uri = target("GET", "/v1/me/appointments/", Map.of("from", "2026-12-01T00:00:00+01:00",
                "to", "2026-12-31T00:00:00+01:00", "cursor", "abc", "limit", "10")).orElseThrow();
        assertTrue(uri.contains("from=2026-12-01T00%3A00%3A00%2B01%3A00"), uri);
        assertTrue(uri.endsWith("&cursor=abc&limit=10"), uri);
    }

    @Test
    void eachEndpointHasItsServicePath() {
        assertEquals(Optional.of("/v1/assessments/due"), target("GET", "/v1/me/assessments", Map.of()));
        assertEquals(Optional.of("/v1/assessments"), target("POST", "/v1/me/assessments", Map.of()));
        assertEquals(Optional.of("/v1/patients/" + PATIENT + "/outcomes"), target("GET", "/v1/me/outcomes", Map.of()));
        assertEquals(Optional.empty(), target("DELETE", "/v1/me/assessments", Map.of()));
        assertEquals(Optional.empty(), target("GET", "/v1/me/other", Map.of()));
    }
}
