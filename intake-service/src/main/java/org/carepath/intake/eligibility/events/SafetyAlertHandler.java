package org.carepath.intake.eligibility.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.intake.eligibility.service.SafetyHoldService;
import org.carepath.platform.events.SafetyAlerts;
import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;

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
            holds.raised(SafetyAlerts.raised(event, mapper));
        } else {
            holds.resolved(SafetyAlerts.resolved(event, mapper));
        }
    }
}
