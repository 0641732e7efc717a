package org.carepath.scheduling.availability.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.carepath.platform.http.QueryParams;
import org.carepath.platform.problem.ProblemException;

/** A from/to window given as query parameters, each an ISO-8601 time with offset. */
public record TimeRange(Instant start, Instant end) {

    static final int DEFAULT_DAYS = 90;

    /** Defaults: from now, to 90 days (or maxDays) later; to must follow from, and the span may not exceed maxDays. */
    public static TimeRange parse(String from, String to, int maxDays) {
        return parse(from, to, maxDays, Math.min(DEFAULT_DAYS, maxDays));
    }

    /** As {@link #parse(String, String, int)} with another default span. */
    public static TimeRange parse(String from, String to, int maxDays, int defaultDays) {
        OffsetDateTime start = QueryParams.dateTime("from", from);
        OffsetDateTime end = QueryParams.dateTime("to", to);
        Instant startAt = start == null ? Instant.now() : start.toInstant();
        Instant endAt = end == null ? startAt.plus(Duration.ofDays(defaultDays)) : end.toInstant();
        if (!endAt.isAfter(startAt)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        if (Duration.between(startAt, endAt).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw ProblemException.invalidField("to", "must be at most " + maxDays + " days after from");
        }
        return new TimeRange(startAt, endAt);
    }
}
