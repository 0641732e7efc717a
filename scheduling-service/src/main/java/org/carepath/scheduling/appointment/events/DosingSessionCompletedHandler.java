package org.carepath.scheduling.appointment.events;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.events.Topics;
import org.carepath.platform.inbox.EventHandler;
import org.carepath.platform.inbox.IncomingEvent;
import org.carepath.platform.inbox.PoisonEventException;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.appointment.service.AppointmentLifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The outcomes service discharged a dosing session: the checked-in appointment it belongs to completes. */
@ApplicationScoped
public class DosingSessionCompletedHandler implements EventHandler {

    public static final String TYPE = "org.carepath.outcomes.DosingSessionCompleted.v1";

    record SessionCompleted(UUID sessionId, UUID appointmentId, UUID patientId, OffsetDateTime completedAt) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    AppointmentLifecycle lifecycle;

    @Override
    public String topic() {
        return Topics.OUTCOMES;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(IncomingEvent event) {
        SessionCompleted completed = event.payload(mapper, SessionCompleted.class);
        if (completed.sessionId() == null || completed.appointmentId() == null || completed.completedAt() == null) {
            throw new PoisonEventException(TYPE + " " + event.id() + " lacks its session, appointment or time");
        }
        Appointment appointment = Appointment.findById(completed.appointmentId());
        if (appointment == null || !appointment.type.isDosing()
                || completed.patientId() != null && !completed.patientId().equals(appointment.patientId)) {
            throw new PoisonEventException(TYPE + " " + event.id() + " names no dosing appointment of its patient here");
        }
        if (appointment.status != AppointmentStatus.CHECKED_IN && appointment.status != AppointmentStatus.COMPLETED) {
            throw new PoisonEventException(TYPE + " " + event.id() + " completes a " + appointment.status + " appointment");
        }
        lifecycle.completeFromSession(appointment, completed.sessionId(), completed.completedAt());
    }
}
