package org.carepath.gateway.journey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What one patient's journey is made of, and which service answers each part. */
public final class JourneyParts {

    /** One part: its name in the answer, the upstream that owns it, and its path there. */
    public record Part(String name, String upstream, Function<UUID, String> uri) {
    }

    /** Appointments half a year either side of now, as the patient app sees them. */
    static final Duration REACH = Duration.ofDays(180);

    private JourneyParts() {
    }

    public static List<Part> all(Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String window = "&from=" + encode(now.minus(REACH)) + "&to=" + encode(now.plus(REACH));
        return List.of(
                new Part("patient", "intake", id -> "/v1/patients/" + id),
                new Part("eligibility", "intake", id -> "/v1/patients/" + id + "/eligibility"),
                new Part("treatmentPlans", "intake", id -> "/v1/treatment-plans?patientId=" + id),
                new Part("appointments", "scheduling", id -> "/v1/appointments?patientId=" + id + window),
                new Part("outcomes", "outcomes", id -> "/v1/patients/" + id + "/outcomes"),
                new Part("openSafetyAlerts", "outcomes", id -> "/v1/safety-alerts?patientId=" + id + "&status=OPEN"));
    }

    private static String encode(OffsetDateTime time) {
        return URLEncoder.encode(time.toString(), StandardCharsets.UTF_8);
    }
}
