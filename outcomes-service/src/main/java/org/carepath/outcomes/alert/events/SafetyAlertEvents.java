package org.carepath.outcomes.alert.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.outcomes.alert.persistence.SafetyAlertEntity;
import org.carepath.platform.events.SafetyAlerts;

/** The payloads outcomes publishes for its alerts; consumers read them as {@link SafetyAlerts}. */
public final class SafetyAlertEvents {

    private SafetyAlertEvents() {
    }

    public record Raised(UUID alertId, UUID patientId, String clinicId, String level, String reasonCode, String source,
            OffsetDateTime raisedAt) {

        public static Raised of(SafetyAlertEntity alert) {
            return new Raised(alert.id, alert.patientId, alert.clinicId, alert.level.name(), alert.reasonCode,
                    alert.source.name(), alert.raisedAt);
        }
    }

    public record Resolved(UUID alertId, UUID patientId, String clinicId, OffsetDateTime resolvedAt) {

        public static Resolved of(SafetyAlertEntity alert) {
            return new Resolved(alert.id, alert.patientId, alert.clinicId, alert.resolvedAt);
        }
    }
}
