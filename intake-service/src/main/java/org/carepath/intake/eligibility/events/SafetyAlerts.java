package org.carepath.intake.eligibility.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Intake's reading of the outcomes service's safety alerts on {@code carepath.outcomes.events.v1}: only the
 * fields a hold needs. The producer's full contract is in docs/events/asyncapi.yaml.
 */
public final class SafetyAlerts {

    public static final String RAISED = "org.carepath.outcomes.SafetyAlertRaised.v1";
    public static final String RESOLVED = "org.carepath.outcomes.SafetyAlertResolved.v1";

    private SafetyAlerts() {
    }

    public record Raised(UUID alertId, UUID patientId, String reasonCode, OffsetDateTime raisedAt) {
    }

    public record Resolved(UUID alertId, UUID patientId, OffsetDateTime resolvedAt) {
    }
}
