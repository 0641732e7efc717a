package org.carepath.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The outcomes service's safety alerts on {@code carepath.outcomes.events.v1}, as every consumer reads them:
 * intake holds eligibility and scheduling holds dosing while one is open. The full contract is in
 * docs/events/asyncapi.yaml.
 */
public final class SafetyAlerts {

    public static final String RAISED = "org.carepath.outcomes.SafetyAlertRaised.v1";
    public static final String RESOLVED = "org.carepath.outcomes.SafetyAlertResolved.v1";

    private SafetyAlerts() {
    }

    /** {@code level} and {@code reasonCode} default to HIGH and "unspecified" when an older producer omits them. */
    public record Raised(UUID alertId, UUID patientId, String level, String reasonCode, OffsetDateTime raisedAt) {
    }

    public record Resolved(UUID alertId, UUID patientId, OffsetDateTime resolvedAt) {
    }

    /** The raised alert, or a poison event when it lacks what a hold needs. */
    public static Raised raised(IncomingEvent event, ObjectMapper mapper) {
        Raised raised = event.payload(mapper, Raised.class);
        if (raised.alertId() == null || raised.patientId() == null || raised.raisedAt() == null) {
            throw new PoisonEventException("SafetyAlertRaised " + event.id() + " lacks its alert, patient or time");
        }
        return new Raised(raised.alertId(), raised.patientId(), raised.level() == null ? "HIGH" : raised.level(),
                raised.reasonCode() == null ? "unspecified" : raised.reasonCode(), raised.raisedAt());
    }

    /** The resolution, or a poison event when it lacks what a release needs. */
    public static Resolved resolved(IncomingEvent event, ObjectMapper mapper) {
        Resolved resolved = event.payload(mapper, Resolved.class);
        if (resolved.alertId() == null || resolved.patientId() == null || resolved.resolvedAt() == null) {
            throw new PoisonEventException("SafetyAlertResolved " + event.id() + " lacks its alert, patient or time");
        }
        return resolved;
    }
}
