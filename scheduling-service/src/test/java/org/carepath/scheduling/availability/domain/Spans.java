package org.carepath.scheduling.availability.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Readable UTC instants and intervals on one test day, 2026-06-01, and the next. */
final class Spans {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private Spans() {
    }

    /** "09:30" on the test day, or "+1 09:30" on the day after. */
    static Instant at(String time) {
        LocalDate date = time.startsWith("+1 ") ? DAY.plusDays(1) : DAY;
        return LocalTime.parse(time.replace("+1 ", "")).atDate(date).toInstant(ZoneOffset.UTC);
    }

    static Interval span(String start, String end) {
        return new Interval(at(start), at(end));
    }

    /** Pairs of times: spans("09:00", "10:00", "11:00", "12:00"). */
    static List<Interval> spans(String... bounds) {
        if (bounds.length % 2 != 0) {
            throw new IllegalArgumentException("spans need pairs of times");
        }
        Interval[] intervals = new Interval[bounds.length / 2];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = span(bounds[2 * i], bounds[2 * i + 1]);
        }
        return Arrays.asList(intervals);
    }
}
