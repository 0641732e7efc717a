package org.carepath.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.HdrHistogram.Histogram;

/**
 * The lag from intake recording a PatientRegistered (its outbox row's {@code occurred_at}, in the registration's
 * transaction) to a service applying it (its inbox row's {@code processed_at}, in the transaction that updates the
 * read model), joined by event id across the two databases.
 */
record AppliedLag(long events, Histogram lagMicros) {

    static final String REGISTERED = "org.carepath.intake.PatientRegistered.v1";
    static final String HANDLER = "PatientRegisteredHandler";

    /** Events of the clinic recorded since {@code since} and applied by {@code service} ("scheduling", "outcomes"). */
    static AppliedLag measure(BenchContext bench, String clinicId, Instant since, String service) throws Exception {
        Map<UUID, Instant> recorded = new HashMap<>();
        try (Connection intake = bench.database("intake"); PreparedStatement rows = intake.prepareStatement(
                "select event_id, occurred_at from outbox_event where clinic_id = ? and event_type = ?"
                        + " and occurred_at >= ?")) {
            rows.setString(1, clinicId);
            rows.setString(2, REGISTERED);
            rows.setTimestamp(3, Timestamp.from(since));
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    recorded.put(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant());
                }
            }
        }
        Histogram lag = new Histogram(TopicWatch.MAX_MICROS, 3);
        long events = 0;
        try (Connection applier = bench.database(service); PreparedStatement rows = applier.prepareStatement(
                "select event_id, processed_at from inbox_event where consumer = ? and event_type = ?"
                        + " and processed_at >= ?")) {
            rows.setString(1, HANDLER);
            rows.setString(2, REGISTERED);
            rows.setTimestamp(3, Timestamp.from(since));
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    Instant at = recorded.get(row.getObject(1, UUID.class));
                    if (at != null) {
                        long micros = Duration.between(at, row.getTimestamp(2).toInstant()).toNanos() / 1000;
                        lag.recordValue(Math.max(0, Math.min(TopicWatch.MAX_MICROS, micros)));
                        events++;
                    }
                }
            }
        }
        if (events == 0) {
            throw new IllegalStateException("no registration of " + clinicId + " was found applied by " + service);
        }
        return new AppliedLag(events, lag);
    }
}
