package org.carepath.gateway.me;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The patient app's {@code /v1/me/...} endpoints, as the service path each one is for the token's patient. The
 * patient id always comes from the token: whatever the client puts in the query is replaced.
 */
public final class PatientAppRoutes {

    /** Upcoming and past: by default half a year either side of now (the services cap a list at a year). */
    static final Duration DEFAULT_REACH = Duration.ofDays(180);

    private PatientAppRoutes() {
    }

    /** The service URI for a {@code /v1/me} request, or empty when there is no such endpoint. */
    public static Optional<String> target(String method, String path, Map<String, String> query, UUID patientId,
            Clock clock) {
        String route = method + " " + path.replaceAll("/+$", "");
        return Optional.ofNullable(switch (route) {
            case "GET /v1/me/appointments" -> "/v1/appointments?" + appointmentsQuery(query, patientId, clock);
            case "GET /v1/me/assessments" -> "/v1/assessments/due";
            case "POST /v1/me/assessments" -> "/v1/assessments";
            case "GET /v1/me/outcomes" -> "/v1/patients/" + patientId + "/outcomes";
            default -> null;
        });
    }

    private static String appointmentsQuery(Map<String, String> query, UUID patientId, Clock clock) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("patientId", patientId.toString());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        params.put("from", query.getOrDefault("from", now.minus(DEFAULT_REACH).toString()));
        params.put("to", query.getOrDefault("to", now.plus(DEFAULT_REACH).toString()));
        for (String passed : new String[] {"status", "cursor", "limit"}) {
            if (query.containsKey(passed)) {
                params.put(passed, query.get(passed));
            }
        }
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
