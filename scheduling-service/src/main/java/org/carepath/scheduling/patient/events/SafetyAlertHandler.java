package org.carepath.scheduling.patient.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.events.SafetyAlerts;
import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.scheduling.patient.persistence.SafetyAlert;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the open safety alerts per patient. While one is open, new dosing bookings and check-ins are refused;
 * already booked dosing appointments stay on the books (a clinician decides) and show the hold.
 */
@ApplicationScoped
public class SafetyAlertHandler implements EventHandler {

    @Inject
    ObjectMapper mapper;

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
            SafetyAlerts.Raised raised = SafetyAlerts.raised(event, mapper);
            if (SafetyAlert.findById(raised.alertId()) != null) {
                return;
            }
            SafetyAlert alert = new SafetyAlert();
            alert.alertId = raised.alertId();
            alert.patientId = raised.patientId();
            alert.level = raised.level();
            alert.reasonCode = raised.reasonCode();
            alert.raisedAt = raised.raisedAt();
            alert.persist();
            return;
        }
        SafetyAlerts.Resolved resolved = SafetyAlerts.resolved(event, mapper);
        SafetyAlert alert = SafetyAlert.findById(resolved.alertId());
        if (alert == null) {
            // Resolved before scheduling saw it raised (replay past retention): record it closed.
            alert = new SafetyAlert();
            alert.alertId = resolved.alertId();
            alert.patientId = resolved.patientId();
            alert.level = "HIGH";
            alert.reasonCode = "unspecified";
            alert.raisedAt = resolved.resolvedAt();
            alert.resolvedAt = resolved.resolvedAt();
            alert.persist();
        } else if (alert.resolvedAt == null) {
            alert.resolvedAt = resolved.resolvedAt();
        }
    }
}
