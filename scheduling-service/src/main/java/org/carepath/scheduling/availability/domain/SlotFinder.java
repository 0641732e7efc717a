package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.noNulls;
import static org.carepath.platform.domain.Checks.required;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds the free slots for an appointment, earliest first, so booking offers only times that the clinic, a
 * provider, a room, a prescriber on site (when needed) and the patient all allow.
 */
public final class SlotFinder {

    /** A provider's next free start, queued so starts leave in order of time, then of the providers' order. */
    private record Candidate(Instant start, int provider) {
    }

    private static final Comparator<Candidate> IN_ORDER =
            Comparator.comparing(Candidate::start).thenComparingInt(Candidate::provider);

    private SlotFinder() {
    }

    /**
     * @param clinicOpen opening hours with closures removed
     * @param prescriberOnSite when at least one prescriber is rostered, or null when the appointment needs none
     * @param patientBusy the patient's other appointments; may be empty
     * @return at most {@code limit} slots, by start and then by the order of {@code providers}
     */
    public static List<Slot> find(SlotRequest request, List<Interval> clinicOpen, List<ProviderCalendar> providers,
            List<RoomCalendar> rooms, List<Interval> prescriberOnSite, List<Interval> patientBusy, int limit) {
        required(request, "request");
        noNulls(required(clinicOpen, "clinicOpen"), "clinicOpen");
        noNulls(required(providers, "providers"), "providers");
        noNulls(required(rooms, "rooms"), "rooms");
        noNulls(required(patientBusy, "patientBusy"), "patientBusy");
        if (prescriberOnSite != null) {
            noNulls(prescriberOnSite, "prescriberOnSite");
        }
        check(limit >= 1, "limit must be at least 1");

        if (rooms.isEmpty()) {
            return List.of();
        }
        // O(n log n) to normalize, then one forward sweep per provider; each start tried costs O(log P + R log B).
        List<Interval> shared = Intervals.intersect(clinicOpen, List.of(request.range()));
        if (prescriberOnSite != null) {
            shared = Intervals.intersect(shared, prescriberOnSite);
        }
        shared = Intervals.subtract(shared, patientBusy);

        LocalGrid grid = new LocalGrid(request.zone(), request.step().toSeconds());
        RoomBoard roomBoard = new RoomBoard(rooms, request.length(), request.buffer());
        List<ProviderSweep> sweeps = new ArrayList<>();
        PriorityQueue<Candidate> queue = new PriorityQueue<>(IN_ORDER);
        for (ProviderCalendar provider : providers) {
            ProviderSweep sweep = new ProviderSweep(Intervals.intersect(shared, provider.onDuty()), provider.busy(),
                    grid, request.length(), request.buffer());
            sweeps.add(sweep);
            enqueue(queue, sweep.firstFreeFrom(request.range().start()), sweeps.size() - 1);
        }

        List<Slot> slots = new ArrayList<>();
        while (!queue.isEmpty() && slots.size() < limit) {
            Candidate candidate = queue.poll();
            RoomBoard.Choice room = roomBoard.at(candidate.start());
            Instant retryFrom = room.retryFrom();
            if (room.roomId() != null) {
                slots.add(new Slot(candidate.start(), candidate.start().plus(request.length()),
                        providers.get(candidate.provider()).providerId(), room.roomId()));
                retryFrom = candidate.start().plusNanos(1);
            }
            enqueue(queue, sweeps.get(candidate.provider()).firstFreeFrom(retryFrom), candidate.provider());
        }
        return List.copyOf(slots);
    }

    private static void enqueue(PriorityQueue<Candidate> queue, Instant start, int provider) {
        if (start != null) {
            queue.add(new Candidate(start, provider));
        }
    }
}
