package org.carepath.outcomes.session.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.outcomes.assessment.service.AssessmentSchedule;
import org.carepath.outcomes.session.domain.Route;
import org.carepath.outcomes.session.service.DosingSessionService;
import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scheduling checked a patient in for a dosing appointment: its monitored session opens, and a PHQ-9 is due before
 * the dose unless one is recent. Visits are ignored.
 */
@ApplicationScoped
public class PatientCheckedInHandler implements EventHandler {

    static final String TYPE = "org.carepath.scheduling.PatientCheckedIn.v1";

    record CheckedIn(UUID appointmentId, UUID patientId, Route route, UUID planId, BigDecimal plannedDoseMg,
            BigDecimal plannedDoseMgPerKg, OffsetDateTime at) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    DosingSessionService sessions;

    @Inject
    AssessmentSchedule schedule;

    @Override
    public String topic() {
        return Topics.SCHEDULING;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(IncomingEvent event) {
        CheckedIn checkedIn = event.payload(mapper, CheckedIn.class);
        if (checkedIn.appointmentId() == null || checkedIn.patientId() == null || checkedIn.at() == null) {
            throw new PoisonEventException(TYPE + " " + event.id() + " lacks its appointment, patient or time");
        }
        if (checkedIn.route() == null) {
            return;
        }
        sessions.open(checkedIn.appointmentId(), checkedIn.patientId(), checkedIn.planId(), checkedIn.route(),
                checkedIn.plannedDoseMg(), checkedIn.plannedDoseMgPerKg(), checkedIn.at())
                .ifPresent(schedule::sessionOpened);
    }
}
