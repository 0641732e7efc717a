package org.carepath.scheduling.appointment.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.carepath.scheduling.appointment.events.AppointmentEvent;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.clinic.service.ClinicSetup;
import org.carepath.scheduling.clinic.service.ClinicSetups;
import org.carepath.scheduling.plan.persistence.TreatmentPlanRef;

/** Check-in, cancellation, no-show and completion, each with its history row and event. */
@ApplicationScoped
public class AppointmentLifecycle {

    /** Why an appointment was cancelled. */
    public enum CancelReason {
        PATIENT_REQUEST, PATIENT_UNWELL, CLINIC_REQUEST, PROVIDER_UNAVAILABLE, SAFETY_HOLD, CLINICAL_DECISION, OTHER
    }

    @Inject
    AppointmentBook book;

    @Inject
    ClinicSetups setups;

    @Inject
    DosingGates gates;

    @Inject
    AppointmentJournal journal;

    /**
     * Checks a patient in. A dosing appointment needs the named escort and the no-driving-until-next-day
     * acknowledgement [S4c][S11], no open safety alert, and the patient still eligible with the plan in force.
     */
    @Transactional
    public Appointment checkIn(UUID id, String escortName, Boolean noDrivingAcknowledged) {
        Appointment appointment = book.find(id);
        ClinicSetup clinic = setups.current();
        SchedulingPolicy policy = clinic.policy();
        requireStatus(appointment, AppointmentStatus.BOOKED, "checked in");
        OffsetDateTime now = OffsetDateTime.now();
        if (now.isBefore(appointment.startsAt.minusMinutes(policy.checkInOpensMinutesBefore()))
                || !now.isBefore(appointment.endsAt)) {
            throw ProblemException.conflict("outside-check-in-window", "Check-in opens "
                    + policy.checkInOpensMinutesBefore() + " minutes before the start and closes at the end");
        }
        TreatmentPlanRef plan = null;
        if (appointment.type.isDosing()) {
            plan = gates.mayBeDosed(clinic, appointment.patientId, appointment.route, appointment.planId);
            List<Problem.FieldError> missing = new ArrayList<>();
            if (escortName == null || escortName.isBlank()) {
                missing.add(new Problem.FieldError("escortName",
                        "a dosing session needs the name of the escort taking the patient home"));
            }
            if (!Boolean.TRUE.equals(noDrivingAcknowledged)) {
                missing.add(new Problem.FieldError("noDrivingAcknowledged",
                        "the patient must acknowledge no driving until the next day after restful sleep"));
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalidFields(missing);
            }
            appointment.escortName = escortName.strip();
            appointment.noDrivingAcknowledged = true;
        }
        journal.move(appointment, AppointmentStatus.CHECKED_IN, "checked-in", null);
        appointment.checkedInAt = now;
        AppointmentEvent event = AppointmentEvent.of(appointment, journal.actor());
        if (plan != null) {
            boolean first = Appointment.count("patientId = ?1 and planId = ?2 and status = ?3", appointment.patientId,
                    plan.planId, AppointmentStatus.COMPLETED) == 0;
            event = event.withCheckIn(true, true, first ? plan.firstDoseMg : plan.subsequentDoseMg,
                    first ? plan.firstDoseMgPerKg : plan.subsequentDoseMgPerKg);
        }
        journal.publish(AppointmentEvent.CHECKED_IN, event);
        return appointment;
    }

    /** Cancels a booked or checked-in appointment; one closer to the start than the policy allows is flagged late. */
    @Transactional
    public Appointment cancel(UUID id, CancelReason reason, String note) {
        Appointment appointment = book.find(id);
        SchedulingPolicy policy = setups.current().policy();
        journal.move(appointment, AppointmentStatus.CANCELLED, reason.name(), note);
        appointment.cancelReason = reason.name();
        appointment.lateCancellation = Duration.between(OffsetDateTime.now(), appointment.startsAt)
                .compareTo(Duration.ofHours(policy.lateCancellationHours())) < 0;
        journal.publish(AppointmentEvent.CANCELLED, appointment);
        return appointment;
    }

    @Transactional
    public Appointment noShow(UUID id, String note) {
        Appointment appointment = book.find(id);
        requireStatus(appointment, AppointmentStatus.BOOKED, "marked a no-show");
        if (OffsetDateTime.now().isBefore(appointment.startsAt)) {
            throw ProblemException.conflict("not-started", "A no-show is recorded only after the start time");
        }
        journal.move(appointment, AppointmentStatus.NO_SHOW, "no-show", note);
        journal.publish(AppointmentEvent.NO_SHOW, appointment);
        return appointment;
    }

    /** Completes a visit. A dosing appointment completes only when its dosing session is discharged. */
    @Transactional
    public Appointment complete(UUID id, String note) {
        Appointment appointment = book.find(id);
        if (appointment.type.isDosing()) {
            throw ProblemException.conflict("completes-with-dosing-session", "A dosing appointment completes when the"
                    + " outcomes service discharges its dosing session, after the monitoring rules hold");
        }
        requireStatus(appointment, AppointmentStatus.CHECKED_IN, "completed");
        journal.move(appointment, AppointmentStatus.COMPLETED, "completed", note);
        appointment.completedAt = OffsetDateTime.now();
        journal.publish(AppointmentEvent.COMPLETED, appointment);
        return appointment;
    }

    /**
     * The outcomes service discharged a dosing session: its appointment completes. Returns false when the
     * appointment had already completed (a redelivery after the inbox was cleared changes nothing).
     */
    public boolean completeFromSession(Appointment appointment, UUID sessionId, OffsetDateTime completedAt) {
        if (appointment.status == AppointmentStatus.COMPLETED) {
            return false;
        }
        journal.move(appointment, AppointmentStatus.COMPLETED, "dosing-session-completed", null);
        appointment.completedAt = completedAt;
        appointment.dosingSessionId = sessionId;
        journal.publish(AppointmentEvent.COMPLETED, appointment);
        return true;
    }

    private static void requireStatus(Appointment appointment, AppointmentStatus expected, String action) {
        if (appointment.status != expected) {
            throw ProblemException.conflict("invalid-transition",
                    "A " + appointment.status + " appointment cannot be " + action);
        }
    }
}
