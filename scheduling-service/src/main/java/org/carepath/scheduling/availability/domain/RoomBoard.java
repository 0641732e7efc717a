package org.carepath.scheduling.availability.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which room to offer at a start: the first in the given order free for the appointment and its buffer. Rooms do
 * not depend on the provider, so the answer for the last start asked is kept for the other providers at it.
 */
final class RoomBoard {

    /** The room chosen, or null with {@code retryFrom}: no room frees up before then. */
    record Choice(UUID roomId, Instant retryFrom) {
    }

    private final List<RoomCalendar> rooms;
    private final Duration blocked;
    private Instant lastStart;
    private Choice lastChoice;

    /** @param rooms at least one, in the order of preference */
    RoomBoard(List<RoomCalendar> rooms, Duration length, Duration buffer) {
        this.rooms = rooms;
        this.blocked = length.plus(buffer);
    }

    Choice at(Instant start) {
        if (!start.equals(lastStart)) {
            lastStart = start;
            lastChoice = choose(start);
        }
        return lastChoice;
    }

    private Choice choose(Instant start) {
        Instant end = start.plus(blocked);
        Instant retryFrom = null;
        for (RoomCalendar room : rooms) {
            List<Interval> busy = room.busy();
            int next = Intervals.firstEndingAfter(busy, start, 0);
            if (next == busy.size() || !busy.get(next).start().isBefore(end)) {
                return new Choice(room.roomId(), null);
            }
            // Every start before this busy interval ends would overlap it too.
            Instant freeAgain = busy.get(next).end();
            retryFrom = retryFrom == null || freeAgain.isBefore(retryFrom) ? freeAgain : retryFrom;
        }
        return new Choice(null, retryFrom);
    }
}
