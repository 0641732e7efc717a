package org.carepath.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * The periods in which a de-identified topic's events are released together: consecutive, of one length, counted
 * from the epoch. Why: a record that goes out when its fact is recorded, or carries that moment, dates the fact to
 * the millisecond; held until its period ends and stamped with that end, it dates it only to the period, mixed with
 * every other fact of the period.
 */
public record ReleasePeriod(Duration length) {

    public ReleasePeriod {
        if (length == null || length.toMillis() < 1) {
            throw new IllegalArgumentException("a release period lasts at least a millisecond");
        }
    }

    /** The end of the last period that has ended by {@code now}: everything recorded before it may go out. */
    public Instant lastEndAtOrBefore(Instant now) {
        long millis = now.toEpochMilli();
        return Instant.ofEpochMilli(millis - Math.floorMod(millis, length.toMillis()));
    }
}
