package org.carepath.scheduling.clinic.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepath.scheduling.appointment.domain.ProviderRole;
import org.carepath.scheduling.appointment.domain.RoomCapability;
import org.carepath.scheduling.appointment.domain.Route;
import org.carepath.scheduling.appointment.domain.SchedulingPolicy;
import org.carepath.scheduling.availability.domain.Interval;
import org.carepath.scheduling.availability.domain.WeeklyHours;

/**
 * What bookings read of a clinic's setup, as it stood at one reference version: its settings and policy, all its
 * providers and rooms, and its closures and leave that end after {@code periodsFrom}. Immutable, so
 * every request of the clinic shares it until the version moves (see {@link ClinicSetups}).
 */
public record ClinicSetup(String clinicId, long version, ZoneId zone, WeeklyHours openingHours, List<Route> routesOffered,
        boolean remsCertified, SchedulingPolicy policy, Map<UUID, ProviderProfile> providers,
        Map<UUID, RoomProfile> rooms, Instant periodsFrom, List<Interval> closures, Map<UUID, List<Interval>> leave) {

    /** A provider as bookings see one: whether bookable, for what, and when on duty. */
    public record ProviderProfile(UUID id, boolean active, List<ProviderRole> roles, WeeklyHours dutyHours) {

        public boolean has(ProviderRole role) {
            return roles.contains(role);
        }
    }

    /** A room or chair as bookings see one. */
    public record RoomProfile(UUID id, boolean active, List<RoomCapability> capabilities) {

        public boolean has(RoomCapability capability) {
            return capabilities.contains(capability);
        }
    }

    public ClinicSetup {
        routesOffered = List.copyOf(routesOffered);
        providers = Map.copyOf(providers);
        rooms = Map.copyOf(rooms);
        closures = List.copyOf(closures);
        leave = Map.copyOf(leave);
    }

    public boolean offers(Route route) {
        return routesOffered.contains(route);
    }

    public Optional<ProviderProfile> provider(UUID id) {
        return Optional.ofNullable(providers.get(id));
    }

    public Optional<RoomProfile> room(UUID id) {
        return Optional.ofNullable(rooms.get(id));
    }

    public List<ProviderProfile> activeWith(ProviderRole role) {
        return providers.values().stream().filter(p -> p.active() && p.has(role)).toList();
    }

    /** Closures overlapping a window; empty when the window starts before the periods this setup holds. */
    public Optional<List<Interval>> closuresIn(Interval window) {
        return holds(window) ? Optional.of(overlapping(closures, window)) : Optional.empty();
    }

    /** Leave of some providers overlapping a window, by provider; empty as for {@link #closuresIn}. */
    public Optional<Map<UUID, List<Interval>>> leaveIn(Collection<UUID> providerIds, Interval window) {
        if (!holds(window)) {
            return Optional.empty();
        }
        Map<UUID, List<Interval>> found = new HashMap<>();
        for (UUID id : providerIds) {
            List<Interval> periods = overlapping(leave.getOrDefault(id, List.of()), window);
            if (!periods.isEmpty()) {
                found.put(id, periods);
            }
        }
        return Optional.of(found);
    }

    private boolean holds(Interval window) {
        return !window.start().isBefore(periodsFrom);
    }

    private static List<Interval> overlapping(List<Interval> periods, Interval window) {
        return periods.stream().filter(window::overlaps).toList();
    }
}
