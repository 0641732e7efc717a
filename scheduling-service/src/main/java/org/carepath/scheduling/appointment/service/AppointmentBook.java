package org.carepath.scheduling.appointment.service;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.carepath.platform.ids.Ids;
import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.ProblemType;
import org.carepath.platform.security.PatientAccess;
import org.carepath.scheduling.appointment.domain.AppointmentStatus;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.events.AppointmentEvent;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.availability.domain.BookingWindow;
import org.carepath.scheduling.availability.domain.Interval;
import org.carepath.scheduling.availability.service.Calendars;
import org.carepath.scheduling.clinic.service.ClinicSetup;
import org.carepath.scheduling.clinic.service.ClinicSetup.ProviderProfile;
import org.carepath.scheduling.clinic.service.ClinicSetup.RoomProfile;
import org.carepath.scheduling.clinic.service.ClinicSetups;
import org.carepath.scheduling.plan.persistence.TreatmentPlanRef;

/**
 * Books, holds, confirms and reschedules appointments. Every check runs in the booking's transaction; the
 * database's exclusion constraints have the last word on double booking, so concurrent requests for one slot
 * cannot both win.
 */
@ApplicationScoped
public class AppointmentBook {

    /** What a client asks for; {@code end} may lengthen an appointment, never shorten it below its type's length. */
    public record BookingRequest(UUID patientId, AppointmentType type, UUID providerId, UUID roomId,
            OffsetDateTime start, OffsetDateTime end, UUID planId) {
    }

    /** A checked placement: resources, times and, for dosing, the plan it is booked under. */
    record Placement(ProviderProfile provider, RoomProfile room, Interval interval, Instant blockedUntil,
            TreatmentPlanRef plan) {
    }

    @Inject
    ClinicSetups setups;

    @Inject
    Calendars calendars;

    @Inject
    DosingGates gates;

    @Inject
    Holds holds;

    @Inject
    AppointmentJournal journal;

    @Inject
    PatientAccess access;

    @Transactional
    public Appointment book(BookingRequest request) {
        return create(request, AppointmentStatus.BOOKED, null);
    }

    /** A slot reserved for the policy's hold time while the patient confirms; it publishes nothing. */
    @Transactional
    public Appointment hold(BookingRequest request) {
        return create(request, AppointmentStatus.HELD, null);
    }

    /** Books one occurrence of a series, in the series' transaction. */
    Appointment bookInSeries(BookingRequest request, UUID seriesId) {
        return create(request, AppointmentStatus.BOOKED, seriesId);
    }

    @Transactional
    public Appointment confirm(UUID id) {
        Appointment appointment = find(id);
        if (appointment.isExpiredHold(OffsetDateTime.now())) {
            throw ProblemException.conflict("hold-expired", "The hold has expired; search again and hold a new slot");
        }
        ClinicSetup clinic = setups.lockingPatient(appointment.patientId);
        if (appointment.type.isDosing() && appointment.status == AppointmentStatus.HELD) {
            TreatmentPlanRef plan = gates.mayBeDosed(clinic, appointment.patientId, appointment.route, appointment.planId);
            gates.fitsFrequency(clinic, plan, appointment.patientId, appointment.startsAt.toInstant(), appointment.id);
        }
        journal.move(appointment, AppointmentStatus.BOOKED, "confirmed", null);
        appointment.holdExpiresAt = null;
        journal.publish(AppointmentEvent.BOOKED, appointment);
        return appointment;
    }

    @Transactional
    public Appointment release(UUID id) {
        Appointment appointment = find(id);
        journal.move(appointment, AppointmentStatus.RELEASED, "released", null);
        return appointment;
    }

    /**
     * Moves a booked appointment: a new appointment linked to the original, which becomes RESCHEDULED. Unchanged
     * fields (provider, room, length) carry over; all checks run again for the new time.
     */
    @Transactional
    public Appointment reschedule(UUID id, OffsetDateTime start, OffsetDateTime end, UUID providerId, UUID roomId,
            String reason) {
        Appointment original = find(id);
        if (original.status != AppointmentStatus.BOOKED) {
            throw ProblemException.conflict("invalid-transition", "Only a BOOKED appointment can be rescheduled");
        }
        Duration length = Duration.between(original.startsAt, original.endsAt);
        OffsetDateTime newEnd = end != null ? end : start.plus(length);
        journal.move(original, AppointmentStatus.RESCHEDULED, "rescheduled", reason);
        original.flush();
        BookingRequest request = new BookingRequest(original.patientId, original.type,
                providerId != null ? providerId : original.providerId, roomId != null ? roomId : original.roomId, start,
                newEnd, original.planId);
        Appointment moved = insert(request, AppointmentStatus.BOOKED, original.seriesId, original.id);
        original.rescheduledTo = moved.id;
        journal.publish(AppointmentEvent.RESCHEDULED, moved);
        return moved;
    }

    public Appointment find(UUID id) {
        Appointment appointment = Appointment.findById(id);
        if (appointment == null) {
            throw ProblemException.notFound("Appointment");
        }
        access.requireMaySee(appointment.patientId, "Appointment");
        return appointment;
    }

    private Appointment create(BookingRequest request, AppointmentStatus status, UUID seriesId) {
        Appointment appointment = insert(request, status, seriesId, null);
        if (status == AppointmentStatus.BOOKED) {
            journal.publish(AppointmentEvent.BOOKED, appointment);
        }
        return appointment;
    }

    private Appointment insert(BookingRequest request, AppointmentStatus status, UUID seriesId, UUID rescheduledFrom) {
        access.requireMayActFor(request.patientId());
        ClinicSetup clinic = setups.lockingPatient(request.patientId());
        Placement placement = place(clinic, request, rescheduledFrom);

        holds.expireInTheWay(clinic.clinicId(), placement.provider().id(), placement.room().id(), request.patientId(),
                placement.interval().start(), placement.blockedUntil());
        Appointment appointment = new Appointment();
        appointment.id = Ids.newId();
        appointment.patientId = request.patientId();
        appointment.type = request.type();
        appointment.route = request.type().route();
        appointment.planId = placement.plan() == null ? null : placement.plan().planId;
        appointment.seriesId = seriesId;
        appointment.providerId = placement.provider().id();
        appointment.roomId = placement.room().id();
        ZoneId zone = clinic.zone();
        appointment.placedInZone = zone;
        appointment.startsAt = placement.interval().start().atZone(zone).toOffsetDateTime();
        appointment.endsAt = placement.interval().end().atZone(zone).toOffsetDateTime();
        appointment.blockedUntil = placement.blockedUntil().atZone(zone).toOffsetDateTime();
        appointment.status = status;
        appointment.holdExpiresAt = status == AppointmentStatus.HELD
                ? OffsetDateTime.now().plusMinutes(clinic.policy().holdMinutes()) : null;
        appointment.rescheduledFrom = rescheduledFrom;
        appointment.bookedBy = journal.actor();
        appointment.createdAt = OffsetDateTime.now();
        appointment.persist();
        journal.created(appointment, rescheduledFrom != null ? "rescheduled" : status == AppointmentStatus.HELD ? "held"
                : "booked");
        // One flush writes the appointment and its history row, now rather than at commit, so that the exclusion
        // constraints' refusal can still be answered as a double booking.
        try {
            appointment.flush();
        } catch (PersistenceException e) {
            throw doubleBooking(e);
        }
        return appointment;
    }

    /** Checks resources, calendars and, for dosing, the gates; the first failure is the answer. */
    private Placement place(ClinicSetup clinic, BookingRequest request, UUID excluding) {
        AppointmentType type = request.type();
        ProviderProfile provider = clinic.provider(request.providerId()).orElseThrow(
                () -> ProblemException.invalidField("providerId", "is not a provider of this clinic"));
        if (!provider.active() || provider.roles().stream().noneMatch(type.providerRoles()::contains)) {
            throw ProblemException.unprocessable("provider-not-qualified",
                    "The provider is inactive or holds none of the roles " + type + " needs: " + type.providerRoles());
        }
        RoomProfile room = clinic.room(request.roomId()).orElseThrow(
                () -> ProblemException.invalidField("roomId", "is not a room of this clinic"));
        if (!room.active() || !room.has(type.room())) {
            throw ProblemException.unprocessable("room-lacks-capability",
                    "The room is inactive or is not a " + type.room() + ", which " + type + " needs");
        }
        Instant start = request.start().toInstant();
        Duration length = type.length(clinic.policy());
        Instant end = request.end() == null ? start.plus(length) : request.end().toInstant();
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField("end", "must be after start");
        }
        if (Duration.between(start, end).compareTo(length) < 0) {
            throw ProblemException.unprocessable("shorter-than-required", type + " takes at least " + length.toMinutes()
                    + " minutes under the clinic's policy" + (type.isDosing() ? ", monitoring included" : ""));
        }
        if (Duration.between(start, end).compareTo(Duration.ofHours(12)) > 0) {
            throw ProblemException.invalidField("end", "must be at most 12 hours after start");
        }
        if (!start.isAfter(Instant.now())) {
            throw ProblemException.unprocessable("start-in-past", "Appointments are booked for a future time");
        }
        if (type.isDosing() && !clinic.offers(type.route())) {
            throw ProblemException.unprocessable("route-not-offered", "The clinic does not offer " + type.route() + " dosing");
        }
        Interval interval = new Interval(start, end);
        List<String> problems = BookingWindow.problems(interval, calendars.openingHours(clinic, interval),
                calendars.closures(clinic, interval), calendars.duty(provider.dutyHours(), clinic.zone(), interval),
                calendars.leave(clinic, List.of(provider.id()), interval).getOrDefault(provider.id(), List.of()),
                type.isDosing() ? calendars.prescriberOnSite(clinic, interval) : null);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(problems.get(0), "The slot is not bookable: " + String.join(", ", problems));
        }
        TreatmentPlanRef plan = type.isDosing()
                ? gates.check(clinic, request.patientId(), type, start, excluding, request.planId())
                : null;
        return new Placement(provider, room, interval, end.plus(type.buffer(clinic.policy())), plan);
    }

    /** An exclusion-constraint violation names who is already booked; anything else is not ours to explain. */
    private static RuntimeException doubleBooking(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                if (message.contains(Appointment.PROVIDER_CONSTRAINT)) {
                    return conflict("provider-double-booked", "providerId", "The provider");
                }
                if (message.contains(Appointment.ROOM_CONSTRAINT)) {
                    return conflict("room-double-booked", "roomId", "The room");
                }
                if (message.contains(Appointment.PATIENT_CONSTRAINT)) {
                    return conflict("patient-double-booked", "patientId", "The patient");
                }
            }
        }
        return e;
    }

    private static ProblemException conflict(String code, String field, String who) {
        return new ProblemException(ProblemType.CONFLICT, code, who + " is already booked at that time",
                List.of(new Problem.FieldError(field, "already booked at that time")));
    }
}
