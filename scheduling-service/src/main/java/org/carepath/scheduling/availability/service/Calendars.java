package org.carepath.scheduling.availability.service;

import static java.time.ZoneOffset.UTC;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.platform.persistence.SqlTimes;
import org.carepath.scheduling.appointment.domain.ProviderRole;
import org.carepath.scheduling.availability.domain.Interval;
import org.carepath.scheduling.availability.domain.Intervals;
import org.carepath.scheduling.availability.domain.WeeklyHours;
import org.carepath.scheduling.clinic.persistence.ClinicClosure;
import org.carepath.scheduling.clinic.service.ClinicSetup;
import org.carepath.scheduling.clinic.service.ClinicSetup.ProviderProfile;
import org.carepath.scheduling.provider.persistence.Provider;
import org.carepath.scheduling.provider.persistence.ProviderLeave;

/**
 * Reads the calendars a booking decision needs for one window: when the clinic is open, when providers are on
 * duty, and what is already occupied. Occupancy comes from the appointment table's exclusion-constraint GiST
 * indexes ({@code id = ? and range && window}), so only appointments in the window are read.
 */
@ApplicationScoped
public class Calendars {

    private static final String OCCUPYING = "status in ('HELD', 'BOOKED', 'CHECKED_IN')"
            + " and not (status = 'HELD' and hold_expires_at <= now())";

    @Inject
    EntityManager em;

    /** Opening hours minus closures. */
    public List<Interval> open(ClinicSetup clinic, Interval window) {
        return Intervals.subtract(openingHours(clinic, window), closures(clinic, window));
    }

    /** Weekly opening hours alone, closures not removed: to tell "outside hours" from "closed". */
    public List<Interval> openingHours(ClinicSetup clinic, Interval window) {
        return weekly(clinic.openingHours(), clinic.zone(), window);
    }

    /** From the clinic's setup, which holds every closure a future window can meet; the table for an earlier one. */
    public List<Interval> closures(ClinicSetup clinic, Interval window) {
        return clinic.closuresIn(window).orElseGet(() -> ClinicClosure.overlapping(window.start(), window.end())
                .stream().map(ClinicClosure::interval).toList());
    }

    /** Each provider's duty hours with leave removed. */
    public Map<UUID, List<Interval>> onDuty(ClinicSetup clinic, Collection<Provider> providers, Interval window) {
        Map<UUID, List<Interval>> leave = leave(clinic, providers.stream().map(p -> p.id).toList(), window);
        Map<UUID, List<Interval>> duty = new HashMap<>();
        for (Provider provider : providers) {
            duty.put(provider.id, Intervals.subtract(weekly(provider.weeklyHours(), clinic.zone(), window),
                    leave.getOrDefault(provider.id, List.of())));
        }
        return duty;
    }

    /** Leave by provider, from the clinic's setup as {@link #closures} does. */
    public Map<UUID, List<Interval>> leave(ClinicSetup clinic, Collection<UUID> providerIds, Interval window) {
        return clinic.leaveIn(providerIds, window).orElseGet(() -> leave(providerIds, window));
    }

    public List<Interval> duty(WeeklyHours dutyHours, ZoneId zone, Interval window) {
        return weekly(dutyHours, zone, window);
    }

    /** When at least one active prescriber is rostered and not on leave [S6]. */
    public List<Interval> prescriberOnSite(ClinicSetup clinic, Interval window) {
        List<ProviderProfile> prescribers = clinic.activeWith(ProviderRole.PRESCRIBER);
        Map<UUID, List<Interval>> leave = leave(clinic, prescribers.stream().map(ProviderProfile::id).toList(), window);
        List<Interval> onSite = new ArrayList<>();
        for (ProviderProfile prescriber : prescribers) {
            onSite.addAll(Intervals.subtract(weekly(prescriber.dutyHours(), clinic.zone(), window),
                    leave.getOrDefault(prescriber.id(), List.of())));
        }
        return Intervals.normalize(onSite);
    }

    /** Occupied time of providers, buffers included; {@code excluding} is the appointment being moved, or null. */
    public Map<UUID, List<Interval>> busyProviders(String clinicId, Collection<UUID> providerIds, Interval window,
            UUID excluding) {
        return busy("provider_id", "blocked_until", clinicId, providerIds, window, excluding);
    }

    public Map<UUID, List<Interval>> busyRooms(String clinicId, Collection<UUID> roomIds, Interval window,
            UUID excluding) {
        return busy("room_id", "blocked_until", clinicId, roomIds, window, excluding);
    }

    /** The patient's own appointments: no buffer, a patient may walk from one room to the next. */
    public List<Interval> busyPatient(String clinicId, UUID patientId, Interval window, UUID excluding) {
        return busy("patient_id", "ends_at", clinicId, List.of(patientId), window, excluding)
                .getOrDefault(patientId, List.of());
    }

    private Map<UUID, List<Interval>> busy(String column, String endColumn, String clinicId, Collection<UUID> ids,
            Interval window, UUID excluding) {
        Map<UUID, List<Interval>> busy = new HashMap<>();
        if (ids.isEmpty()) {
            return busy;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + column + ", starts_at, " + endColumn
                + " from appointment where clinic_id = ?1 and " + column + " in (?2) and " + OCCUPYING
                + " and tstzrange(starts_at, " + endColumn + ") && tstzrange(?3, ?4) and id <> ?5")
                .setParameter(1, clinicId)
                .setParameter(2, ids)
                .setParameter(3, OffsetDateTime.ofInstant(window.start(), UTC))
                .setParameter(4, OffsetDateTime.ofInstant(window.end(), UTC))
                .setParameter(5, excluding == null ? new UUID(0, 0) : excluding)
                .getResultList();
        for (Object[] row : rows) {
            busy.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new Interval(
                    SqlTimes.toOffsetDateTime(row[1]).toInstant(), SqlTimes.toOffsetDateTime(row[2]).toInstant()));
        }
        return busy;
    }

    private static Map<UUID, List<Interval>> leave(Collection<UUID> providerIds, Interval window) {
        Map<UUID, List<Interval>> leave = new HashMap<>();
        for (ProviderLeave period : ProviderLeave.overlapping(providerIds, window.start(), window.end())) {
            leave.computeIfAbsent(period.providerId, id -> new ArrayList<>()).add(period.interval());
        }
        return leave;
    }

    /** A weekly pattern over the window's local dates (one day either side for offsets), cut to the window. */
    private static List<Interval> weekly(WeeklyHours hours, ZoneId zone, Interval window) {
        LocalDate first = window.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = window.end().atZone(zone).toLocalDate().plusDays(1);
        return Intervals.intersect(hours.between(zone, first, last), List.of(window));
    }
}
