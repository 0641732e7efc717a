package org.carepath.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.carepath.local.LocalStack;

/**
 * The outbox after a broker outage: the broker is stopped, bookings go on at the lag rate (their events wait in
 * scheduling's outbox), the broker starts again, and the harness watches the backlog of unsent rows until it is
 * empty. The relay retries with backoff while the broker is down, so its first publish can come some seconds after
 * the broker is back; the drain rate counts from that first publish.
 */
final class OutboxDrain {

    static final Duration POLL = Duration.ofMillis(50);
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private final BenchContext bench;
    private final BenchClinic clinic;
    private final long firstBooking;
    private final Duration spacing;

    /** Books from the {@code firstBooking}-th consultation of the clinic's conflict-free sequence on. */
    OutboxDrain(BenchContext bench, BenchClinic clinic, long firstBooking, Duration spacing) {
        this.bench = bench;
        this.clinic = clinic;
        this.firstBooking = firstBooking;
        this.spacing = spacing;
    }

    void run() throws Exception {
        Scale scale = bench.scale();
        Report report = bench.report();
        LocalStack stack = bench.stack();
        try (Connection scheduling = bench.database("scheduling");
                TopicWatch watch = TopicWatch.start(bench, EventLag.SCHEDULING_TOPIC, EventLag.BOOKED, clinic.id)) {
            stack.stop("kafka", false);
            LoadResult writes;
            long backlog;
            try {
                writes = EventLag.onSchedule("bookings while the broker is down", scale.lagEventsPerSecond(),
                        scale.brokerOutage(), n -> bench.http().post(bench.gateway() + "/v1/appointments",
                                clinic.staff, clinic.consultationAt(firstBooking + n, spacing)).status());
                backlog = unsent(scheduling);
            } finally {
                stack.restart("kafka");
            }
            long back = System.nanoTime();
            long accepted = writes.statuses().getOrDefault(201, 0L);
            EventLag.requireMostAccepted(writes, accepted);
            long firstPublish = 0;
            for (long left = backlog; left > 0; ) {
                if (System.nanoTime() - back > DRAIN_TIMEOUT.toNanos()) {
                    throw new IllegalStateException(left + " outbox rows still unsent " + DRAIN_TIMEOUT + " after the"
                            + " broker came back");
                }
                Thread.sleep(POLL.toMillis());
                left = unsent(scheduling);
                if (firstPublish == 0 && left < backlog) {
                    firstPublish = System.nanoTime();
                }
            }
            long drained = System.nanoTime();
            firstPublish = firstPublish == 0 ? drained : firstPublish;
            long delivered = watch.await(accepted, Duration.ofMinutes(1));
            report.figure("bookings accepted while the broker was down for " + scale.brokerOutage().toSeconds() + " s",
                    accepted, "");
            report.figure("outbox backlog when the broker was back", backlog, "rows");
            report.figure("broker back -> relay's first publish", seconds(back, firstPublish), "s");
            report.figure("broker back -> outbox empty", seconds(back, drained), "s");
            report.figure("outbox drain rate (from the first publish)", backlog / Math.max(POLL.toNanos() / 1e9,
                    seconds(firstPublish, drained)), "rows/s");
            report.figure("of those events, received by the harness's consumer", delivered, "");
            if (delivered < accepted) {
                throw new IllegalStateException("only " + delivered + " of " + accepted + " events written during the"
                        + " outage reached the topic");
            }
        }
        report.note("Broker outage: the broker was stopped (SIGTERM) and bookings went on at "
                + scale.lagEventsPerSecond() + "/s for " + scale.brokerOutage().toSeconds() + " s, then it was started"
                + " again (\"back\" is when it accepts connections). The backlog is scheduling's outbox rows with no"
                + " `sent_at`, polled every " + POLL.toMillis() + " ms. While the broker is down the relay retries"
                + " with doubling backoff up to 10 s (`carepath.outbox.max-backoff`), which is most of the wait for"
                + " the first publish; the drain rate counts from that publish.");
    }

    private static long unsent(Connection scheduling) throws SQLException {
        try (Statement sql = scheduling.createStatement();
                ResultSet row = sql.executeQuery("select count(*) from outbox_event where sent_at is null")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
