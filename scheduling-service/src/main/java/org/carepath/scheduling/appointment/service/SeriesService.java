package org.carepath.scheduling.appointment.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.carepath.platform.events.OutgoingEvent;
import org.carepath.platform.events.Topics;
import org.carepath.platform.ids.Ids;
import org.carepath.platform.outbox.Outbox;
import org.carepath.platform.problem.ProblemException;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.appointment.domain.SeriesPlanner;
import org.carepath.scheduling.appointment.domain.SeriesPlanner.Occurrence;
import org.carepath.scheduling.appointment.events.SeriesScheduled;
import org.carepath.scheduling.appointment.persistence.Appointment;
import org.carepath.scheduling.appointment.persistence.AppointmentSeries;
import org.carepath.scheduling.appointment.service.AppointmentBook.BookingRequest;
import org.carepath.scheduling.availability.domain.Interval;
import org.carepath.scheduling.availability.domain.Slot;
import org.carepath.scheduling.availability.service.AvailabilityService;
import org.carepath.scheduling.clinic.service.ClinicSetup;
import org.carepath.scheduling.clinic.service.ClinicSetups;
import org.carepath.scheduling.plan.persistence.TreatmentPlanRef;
import org.carepath.scheduling.provider.persistence.Provider;

/**
 * Turns an approved plan into its induction series: the plan's sessions per week for its induction weeks, each
 * occurrence booked on the first free slot of its target day (or the days after, within the week) that also
 * passes the frequency rules. Occurrences that find no slot are reported, not forced.
 */
@ApplicationScoped
public class SeriesService {

    /** The series and, per occurrence, its appointment or why it could not be placed. */
    public record SeriesResult(AppointmentSeries series, List<Occurrence<Appointment>> occurrences) {
    }

    /** How many free slots of a day are tried against the frequency rules before the day is given up. */
    private static final int SLOTS_TRIED_PER_DAY = 50;

    @Inject
    ClinicSetups setups;

    @Inject
    AvailabilityService availability;

    @Inject
    DosingGates gates;

    @Inject
    AppointmentBook book;

    @Inject
    AppointmentJournal journal;

    @Inject
    Outbox outbox;

    @Transactional
    public SeriesResult schedule(UUID planId, LocalDate firstDay, UUID providerId) {
        ClinicSetup clinic = setups.current();
        TreatmentPlanRef plan = TreatmentPlanRef.findById(planId);
        if (plan == null) {
            throw ProblemException.invalidField("planId", "is not a treatment plan of this clinic");
        }
        Route route = Route.valueOf(plan.route);
        AppointmentType type = AppointmentType.dosingFor(route);
        gates.mayBeDosed(clinic, plan.patientId, route, planId);
        ZoneId zone = clinic.zone();
        if (firstDay.isBefore(LocalDate.now(zone))) {
            throw ProblemException.invalidField("firstDay", "must be today or later in the clinic's time zone");
        }
        List<Provider> providers = availability.candidates(type, providerId);

        AppointmentSeries series = new AppointmentSeries();
        series.id = Ids.newId();
        series.patientId = plan.patientId;
        series.planId = planId;
        series.type = type;
        series.firstDay = firstDay;
        series.sessionsPerWeek = plan.inductionSessionsPerWeek;
        series.weeks = plan.inductionWeeks;
        series.unplaced = List.of();
        series.createdBy = journal.actor();
        series.createdAt = OffsetDateTime.now();
        series.persistAndFlush();

        List<Occurrence<Appointment>> occurrences = SeriesPlanner.plan(firstDay, plan.inductionSessionsPerWeek,
                plan.inductionWeeks, day -> placeOn(day, clinic, type, plan, providers, series.id));
        List<AppointmentSeries.Unplaced> unplaced = new ArrayList<>();
        List<UUID> booked = new ArrayList<>();
        for (Occurrence<Appointment> occurrence : occurrences) {
            if (occurrence.slot() == null) {
                unplaced.add(new AppointmentSeries.Unplaced(occurrence.number(), occurrence.week(),
                        occurrence.targetDay(), occurrence.unplacedReason()));
            } else {
                booked.add(occurrence.slot().id);
            }
        }
        series.unplaced = unplaced;
        outbox.record(new OutgoingEvent(Topics.SCHEDULING, plan.patientId.toString(), SeriesScheduled.TYPE,
                "appointment-series/" + series.id, new SeriesScheduled(series.id, plan.patientId, clinic.clinicId(), planId,
                        type, firstDay, series.sessionsPerWeek, series.weeks, booked, unplaced, OffsetDateTime.now())));
        return new SeriesResult(series, occurrences);
    }

    public AppointmentSeries get(UUID id) {
        AppointmentSeries series = AppointmentSeries.findById(id);
        if (series == null) {
            throw ProblemException.notFound("AppointmentSeries");
        }
        return series;
    }

    /** The series' appointments in start order, reschedules and cancellations included. */
    public List<Appointment> appointments(UUID seriesId) {
        return Appointment.list("seriesId = ?1 order by startsAt, id", seriesId);
    }

    private Optional<Appointment> placeOn(LocalDate day, ClinicSetup clinic, AppointmentType type, TreatmentPlanRef plan,
            List<Provider> providers, UUID seriesId) {
        ZoneId zone = clinic.zone();
        Interval window = new Interval(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        if (!window.end().isAfter(Instant.now())) {
            return Optional.empty();
        }
        for (Slot slot : availability.find(clinic, type, window, providers, plan.patientId, SLOTS_TRIED_PER_DAY)) {
            if (!slot.start().isAfter(Instant.now())) {
                continue;
            }
            try {
                gates.fitsFrequency(clinic, plan, plan.patientId, slot.start(), null);
            } catch (ProblemException refused) {
                continue;
            }
            return Optional.of(book.bookInSeries(new BookingRequest(plan.patientId, type, slot.providerId(),
                    slot.roomId(), slot.start().atZone(zone).toOffsetDateTime(), null, plan.planId), seriesId));
        }
        return Optional.empty();
    }
}
