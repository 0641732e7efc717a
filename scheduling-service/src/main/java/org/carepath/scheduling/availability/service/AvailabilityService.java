package org.carepath.scheduling.availability.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.platform.problem.ProblemException;
import org.carepath.scheduling.appointment.domain.AppointmentType;
import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.carepath.scheduling.availability.domain.Interval;
import org.carepath.scheduling.availability.domain.ProviderCalendar;
import org.carepath.scheduling.availability.domain.RoomCalendar;
import org.carepath.scheduling.availability.domain.Slot;
import org.carepath.scheduling.availability.domain.SlotFinder;
import org.carepath.scheduling.availability.domain.SlotRequest;
import org.carepath.scheduling.clinic.service.ClinicSetup;
import org.carepath.scheduling.clinic.service.ClinicSetups;
import org.carepath.scheduling.provider.persistence.Provider;
import org.carepath.scheduling.room.persistence.Room;

/**
 * Free slots for an appointment type: provider on duty, a room with the capability, the clinic open, the patient
 * free and, for dosing, a prescriber on site, all across the whole appointment including its monitoring window.
 */
@ApplicationScoped
public class AvailabilityService {

    /** A page of slots; {@code nextFrom} continues the search when more slots exist. */
    public record Availability(AppointmentType type, Duration length, List<Slot> slots, Instant nextFrom) {
    }

    /** The first window a search reads calendars for; see {@link #search}. */
    static final Duration FIRST_WINDOW = Duration.ofDays(1);

    @Inject
    ClinicSetups setups;

    @Inject
    Calendars calendars;

    public Availability search(AppointmentType type, Instant from, Instant to, UUID providerId, UUID patientId,
            int limit) {
        ClinicSetup clinic = setups.current();
        SchedulingPolicy policy = clinic.policy();
        if (Duration.between(from, to).compareTo(Duration.ofDays(policy.maxSearchDays())) > 0) {
            throw ProblemException.invalidField("to", "must be at most " + policy.maxSearchDays() + " days after from");
        }
        if (type.isDosing() && !clinic.offers(type.route())) {
            throw ProblemException.unprocessable("route-not-offered", "The clinic does not offer " + type.route() + " dosing");
        }
        Instant start = from.isBefore(Instant.now()) ? Instant.now() : from;
        if (!to.isAfter(start)) {
            return new Availability(type, type.length(policy), List.of(), null);
        }
        List<Provider> providers = candidates(type, providerId);
        // A page usually fills within hours, so the calendars are read for a day first, and for twice as long each
        // time the page is not yet full, rather than for the whole range: a search reads the appointments of every
        // provider and room in its window. The slots found that end within a shorter window are the first slots of
        // the whole range, because any slot that ends later also starts later.
        Instant end = min(to, start.plus(FIRST_WINDOW));
        List<Slot> found = find(clinic, type, new Interval(start, end), providers, patientId, limit + 1);
        while (found.size() <= limit && end.isBefore(to)) {
            end = min(to, end.plus(Duration.between(start, end)));
            found = find(clinic, type, new Interval(start, end), providers, patientId, limit + 1);
        }
        return page(type, type.length(policy), found, limit);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Free slots in a window for some providers, or for all qualified ones when {@code providers} is empty. */
    public List<Slot> find(ClinicSetup clinic, AppointmentType type, Interval window, List<Provider> providers,
            UUID patientId, int limit) {
        SchedulingPolicy policy = clinic.policy();
        List<Room> rooms = Room.activeWith(type.room());
        if (providers.isEmpty() || rooms.isEmpty()) {
            return List.of();
        }
        Duration length = type.length(policy);
        Duration buffer = type.buffer(policy);
        // Busy time just before the window still blocks its first starts through the buffer.
        Interval reach = new Interval(window.start().minus(Duration.ofHours(24)), window.end().plus(buffer));
        Map<UUID, List<Interval>> duty = calendars.onDuty(clinic, providers, window);
        Map<UUID, List<Interval>> busyProviders = calendars.busyProviders(clinic.clinicId(),
                providers.stream().map(p -> p.id).toList(), reach, null);
        Map<UUID, List<Interval>> busyRooms = calendars.busyRooms(clinic.clinicId(), rooms.stream().map(r -> r.id).toList(),
                reach, null);
        List<ProviderCalendar> providerCalendars = providers.stream().map(p -> new ProviderCalendar(p.id,
                duty.getOrDefault(p.id, List.of()), busyProviders.getOrDefault(p.id, List.of()))).toList();
        List<RoomCalendar> roomCalendars = rooms.stream()
                .map(r -> new RoomCalendar(r.id, busyRooms.getOrDefault(r.id, List.of()))).toList();
        List<Interval> prescriber = type.isDosing() ? calendars.prescriberOnSite(clinic, window) : null;
        List<Interval> patientBusy = patientId == null ? List.of()
                : calendars.busyPatient(clinic.clinicId(), patientId, reach, null);
        SlotRequest request = new SlotRequest(window, length, buffer, Duration.ofMinutes(policy.slotStepMinutes()),
                clinic.zone());
        return SlotFinder.find(request, calendars.open(clinic, window), providerCalendars, roomCalendars, prescriber,
                patientBusy, limit);
    }

    /** The providers to search: the one asked for (who must hold a role the type needs), else every qualified one. */
    public List<Provider> candidates(AppointmentType type, UUID providerId) {
        if (providerId == null) {
            return Provider.active().stream()
                    .filter(p -> p.roles.stream().anyMatch(type.providerRoles()::contains)).toList();
        }
        Provider provider = Provider.findById(providerId);
        if (provider == null) {
            throw ProblemException.invalidField("providerId", "is not a provider of this clinic");
        }
        if (!provider.active || provider.roles.stream().noneMatch(type.providerRoles()::contains)) {
            throw ProblemException.unprocessable("provider-not-qualified",
                    "The provider is inactive or holds none of the roles " + type + " needs: " + type.providerRoles());
        }
        return List.of(provider);
    }

    /**
     * Cuts the slots found (one more than the page) to a page that ends on a whole start time, so that continuing
     * from {@code nextFrom} neither repeats nor skips a slot.
     */
    static Availability page(AppointmentType type, Duration length, List<Slot> found, int limit) {
        if (found.size() <= limit) {
            return new Availability(type, length, found, null);
        }
        Instant next = found.get(limit).start();
        List<Slot> shown = new ArrayList<>(found.subList(0, limit));
        shown.removeIf(slot -> slot.start().equals(next));
        if (shown.isEmpty()) {
            // More providers free at one start than the page holds: show them all rather than loop forever.
            shown = found.stream().filter(slot -> slot.start().equals(next)).toList();
            Instant after = found.stream().map(Slot::start).filter(s -> s.isAfter(next)).findFirst().orElse(null);
            return new Availability(type, length, shown, after);
        }
        return new Availability(type, length, shown, next);
    }
}
