package org.carepath.outcomes.session.domain;

import java.time.Duration;
import java.time.Instant;

/** Session times as offsets from administration, so tests read in the minutes the rules speak of. */
final class Clock {

    static final Instant START = Instant.parse("2026-03-02T15:00:00Z");

    private Clock() {
    }

    static Instant minute(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    static Instant minute(int minutes, int seconds) {
        return START.plus(Duration.ofMinutes(minutes)).plusSeconds(seconds);
    }

    static Vitals bp(Instant at, int systolic, int diastolic) {
        return new Vitals(at, systolic, diastolic, null, null, null);
    }

    static Vitals bp(int minute, int systolic, int diastolic) {
        return bp(minute(minute), systolic, diastolic);
    }

    /** BP and heart rate, what the racemic routes take. */
    static Vitals bpHr(Instant at) {
        return new Vitals(at, 125, 80, 78, 98, 14);
    }

    static Vitals heartRateOnly(Instant at) {
        return new Vitals(at, null, null, 78, null, null);
    }
}
