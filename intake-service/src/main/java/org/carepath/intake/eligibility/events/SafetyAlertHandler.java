package org.carepath.intake.eligibility.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.intake.eligibility.service.SafetyHoldService;
import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Applies the outcomes service's safety alerts to eligibility: raised holds it, resolved releases it. */
@ApplicationScoped
public class SafetyAlertHandler implements EventHandler {

    @Inject
    ObjectMapper mapper;

    @Inject
    SafetyHoldService holds;

    @Override
    public String topic() {
        return Topics.OUTCOMES;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(SafetyAlerts.RAISED, SafetyAlerts.RESOLVED);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (SafetyAlerts.RAISED.equals(event.type())) {
            SafetyAlerts.Raised raised = event.payload(mapper, SafetyAlerts.Raised.class);
            if (raised.alertId() == null || raised.patientId() == null || raised.raisedAt() == null) {
                throw new PoisonEventException("SafetyAlertRaised " + event.id() + " lacks its alert, patient or time");
            }
            holds.raised(new SafetyAlerts.Raised(raised.alertId(), raised.patientId(),
                    raised.reasonCode() == null ? "unspecified" : raised.reasonCode(), raised.raisedAt()));
        } else {
            SafetyAlerts.Resolved resolved = event.payload(mapper, SafetyAlerts.Resolved.class);
            if (resolved.alertId() == null || resolved.patientId() == null || resolved.resolvedAt() == null) {
                throw new PoisonEventException("SafetyAlertResolved " + event.id() + " lacks its alert, patient or time");
            }
            holds.resolved(resolved);
        }
    }
}
