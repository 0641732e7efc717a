package org.carepath.scheduling.appointment.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CallerContext;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.events.AppointmentEvent;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.appointment.persistence.AppointmentTransition;

/**
 * Moves appointments through their lifecycle: refuses a transition the lifecycle does not allow, writes the
 * history row (who, when, why) and records the event, all in the caller's transaction.
 */
@ApplicationScoped
public class AppointmentJournal {

    /** Who acts when an event, not a person, moves an appointment. */
    static final String SYSTEM = "system";

    @Inject
    CallerContext caller;

    @Inject
    Outbox outbox;

    public void move(Appointment appointment, AppointmentStatus to, String reason, String note) {
        if (!appointment.status.canMoveTo(to)) {
            throw ProblemException.conflict("invalid-transition", "A " + appointment.status + " appointment cannot become "
                    + to);
        }
        AppointmentStatus from = appointment.status;
        appointment.status = to;
        history(appointment, from, to, reason, note);
    }

    /** The first history row of a new appointment. */
    public void created(Appointment appointment, String reason) {
        history(appointment, null, appointment.status, reason, null);
    }

    public void publish(String type, AppointmentEvent event) {
        outbox.record(new OutgoingEvent(Topics.SCHEDULING, event.patientId().toString(), type,
                "appointments/" + event.appointmentId(), event));
    }

    public void publish(String type, Appointment appointment) {
        publish(type, AppointmentEvent.of(appointment, actor()));
    }

    public String actor() {
        return caller.isAuthenticated() ? caller.subject() : SYSTEM;
    }

    private void history(Appointment appointment, AppointmentStatus from, AppointmentStatus to, String reason,
            String note) {
        AppointmentTransition transition = new AppointmentTransition();
        transition.id = Ids.newId();
        transition.appointmentId = appointment.id;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.reason = reason;
        transition.note = note;
        transition.actor = actor();
        transition.actorRoles = caller.isAuthenticated() ? caller.rolesForAudit() : SYSTEM;
        transition.at = OffsetDateTime.now();
        transition.persist();
    }
}
