package org.carepath.scheduling.availability.domain;

import static org.carepath.platform.domain.Checks.check;
import static org.carepath.platform.domain.Checks.required;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open span of time [start, end), so back-to-back appointments touch without overlapping.
 */
public record Interval(Instant start, Instant end) {

    public Interval {
        required(start, "start");
        required(end, "end");
        check(start.isBefore(end), "interval start must be before its end");
    }

    /** Whether the two share some instant; touching intervals do not. */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Interval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The start is inside, the end is not. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
