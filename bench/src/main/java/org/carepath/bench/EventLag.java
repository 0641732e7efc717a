package org.carepath.bench;

import java.time.Duration;
import java.time.Instant;

import org.HdrHistogram.Histogram;

/**
 * How long events take from the transaction that records them to whoever acts on them, at a sustained rate; then
 * how fast an outbox drains after a broker outage (run last: it stops the broker).
 *
 * No service consumes {@code AppointmentBooked} today, so a booking's lag is measured to a consumer in the harness
 * (as an analytics pipeline would read the topic). The lag to a service's read model is measured with the event that
 * has one: a patient registered at intake, applied by scheduling's inbox.
 */
final class EventLag implements Benchmark {

    static final String BOOKED = "org.carepath.scheduling.AppointmentBooked.v1";
    static final String SCHEDULING_TOPIC = "carepath.scheduling.events.v1";
    /** Requests the fixed-rate driver may have waiting for an answer before it falls behind its schedule. */
    static final int MAX_IN_FLIGHT = 64;
    /** Patients per provider in the lag clinic: a patient's consultations are then days apart. */
    static final int PATIENTS_PER_PROVIDER = 5;
    static final Duration SPACING = Duration.ofHours(1);
    static final double LAG_TARGET_MILLIS = 200;
    /** How long after its schedule a run may still start late requests; see {@link #onSchedule}. */
    static final Duration GRACE = Duration.ofSeconds(5);
    static final int NOT_SENT = -1;

    /** Patients registered by the runs so far, besides the clinic's own. */
    private long registered;

    @Override
    public String title() {
        return "Event lag";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        Scale scale = bench.scale();
        BenchClinic clinic = BenchClinic.create(bench, "lag", scale.providers(),
                scale.providers() * PATIENTS_PER_PROVIDER);
        double rate = scale.lagEventsPerSecond();
        long booked = bookingLag(bench, clinic, 0, rate, scale.lagDuration(), true);
        registrationLag(bench, clinic, rate, scale.lagDuration(), true);
        // The same at a tenth of the rate, where the suite has CPU to spare: the pipeline's own latency.
        Duration shorter = scale.lagDuration().dividedBy(3);
        booked += bookingLag(bench, clinic, booked, rate / 10, shorter, false);
        registrationLag(bench, clinic, rate / 10, shorter, false);
        new OutboxDrain(bench, clinic, booked, SPACING).run();
        bench.report().note("Load: " + scale.lagEventsPerSecond() + " requests/s started on schedule (open loop, up"
                + " to " + MAX_IN_FLIGHT + " waiting) for " + scale.lagDuration().toSeconds() + " s through the gateway,"
                + " first consultation bookings (each one AppointmentBooked event), then patient registrations (each one"
                + " PatientRegistered); then both again at a tenth of the rate for a third of the time, for context."
                + " Requests the suite could not start within " + GRACE.toSeconds() + " s of the schedule's end are"
                + " not sent (counted). No service consumes AppointmentBooked, so its lag is to a consumer in the"
                + " harness reading `" + SCHEDULING_TOPIC + "` from its end (read_committed, as an analytics pipeline"
                + " would): from the event's `ce_time`, which is when scheduling wrote the outbox row inside the"
                + " booking's transaction (a little before the commit), to when the harness's poll returned it. A"
                + " service read model is measured with PatientRegistered: from intake's outbox row (`occurred_at`) to"
                + " scheduling's inbox row (`processed_at`, written in the transaction that adds the patient to"
                + " `patient_reference`), joined by event id. All clocks are this machine's.");
    }

    /**
     * Bookings from the {@code from}-th of the clinic's sequence at a fixed rate, each event timed to the harness's
     * consumer; returns how many were attempted. The main run's figures carry the target, the context run's a rate.
     */
    private long bookingLag(BenchContext bench, BenchClinic clinic, long from, double rate, Duration duration,
            boolean main) throws Exception {
        Report report = bench.report();
        String at = main ? "" : " at " + Report.number(rate) + "/s";
        LoadResult bookings;
        try (TopicWatch watch = TopicWatch.start(bench, SCHEDULING_TOPIC, BOOKED, clinic.id)) {
            bookings = onSchedule("bookings" + at, rate, duration,
                    n -> bench.http().post(bench.gateway() + "/v1/appointments", clinic.staff,
                            clinic.consultationAt(from + n, SPACING)).status());
            long accepted = bookings.statuses().getOrDefault(201, 0L);
            requireMostAccepted(bookings, accepted);
            long received = watch.await(accepted, Duration.ofMinutes(2));
            Histogram lag = watch.lagMicros();
            if (main) {
                report.figure("bookings accepted (201)", accepted, "");
                report.figure("booking events received by the harness's consumer", received, "");
                report.figure("achieved booking event rate", accepted / bookings.seconds(), "events/s");
                report.figure("bookings not sent (the suite fell behind the schedule)", notSent(bookings), "");
            }
            String name = "booking recorded -> received by a consumer of " + SCHEDULING_TOPIC + at;
            report.figure(name + " p50", lag.getValueAtPercentile(50) / 1000.0, "ms");
            report.figure(name + " p99", lag.getValueAtPercentile(99) / 1000.0, "ms",
                    main ? Target.atMost(LAG_TARGET_MILLIS) : null);
        }
        return bookings.statuses().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Registrations at a fixed rate, each timed from intake's outbox to scheduling's (and outcomes') inbox. */
    private void registrationLag(BenchContext bench, BenchClinic clinic, double rate, Duration duration, boolean main)
            throws Exception {
        Report report = bench.report();
        String at = main ? "" : " at " + Report.number(rate) + "/s";
        Instant since = Instant.now();
        LoadResult registrations = onSchedule("registrations" + at, rate, duration,
                n -> clinic.registration(bench).status());
        long accepted = registrations.statuses().getOrDefault(201, 0L);
        requireMostAccepted(registrations, accepted);
        registered += accepted;
        int known = clinic.patients.size() + (int) registered;
        clinic.awaitKnown(bench, "scheduling", "patient_reference", known);
        clinic.awaitKnown(bench, "outcomes", "patient_profile", known);
        AppliedLag scheduling = AppliedLag.measure(bench, clinic.id, since, "scheduling");
        if (main) {
            report.figure("registrations accepted (201)", accepted, "");
            report.figure("achieved registration event rate", accepted / registrations.seconds(), "events/s");
            report.figure("registrations not sent (the suite fell behind the schedule)", notSent(registrations), "");
            report.figure("registrations matched to scheduling's inbox", scheduling.events(), "");
        }
        String name = "patient registered -> applied in scheduling's read model" + at;
        report.figure(name + " p50", scheduling.lagMicros().getValueAtPercentile(50) / 1000.0, "ms");
        report.figure(name + " p99", scheduling.lagMicros().getValueAtPercentile(99) / 1000.0, "ms",
                main ? Target.atMost(LAG_TARGET_MILLIS) : null);
        AppliedLag outcomes = AppliedLag.measure(bench, clinic.id, since, "outcomes");
        report.figure("patient registered -> applied in outcomes' read model" + at + " p99",
                outcomes.lagMicros().getValueAtPercentile(99) / 1000.0, "ms");
    }

    /**
     * {@code perSecond} requests started on schedule for {@code duration} (open loop, at most {@link #MAX_IN_FLIGHT}
     * waiting). A suite slower than the schedule falls behind; the requests still not started {@link #GRACE} after the
     * schedule ends are not sent but counted (status {@link #NOT_SENT}), so that a run lasts as long as planned and
     * its achieved rate is what the suite could take.
     */
    static LoadResult onSchedule(String label, double perSecond, Duration duration, LongToStatus send)
            throws InterruptedException {
        long last = System.nanoTime() + duration.plus(GRACE).toNanos();
        LoadResult result = Load.fixedRate(label, perSecond, duration, MAX_IN_FLIGHT,
                (client, n) -> System.nanoTime() > last ? NOT_SENT : send.status(n));
        System.out.println("[bench] " + result);
        return result;
    }

    /** Sends the n-th request of a run; returns its HTTP status. */
    @FunctionalInterface
    interface LongToStatus {
        int status(long n) throws Exception;
    }

    static long notSent(LoadResult result) {
        return result.statuses().getOrDefault(NOT_SENT, 0L);
    }

    /** Requests that were sent and not accepted mean a fault (a conflict, an error), not a slow suite. */
    static void requireMostAccepted(LoadResult result, long accepted) {
        long sent = result.statuses().values().stream().mapToLong(Long::longValue).sum() - notSent(result);
        if (accepted == 0 || accepted < sent * 0.99) {
            throw new IllegalStateException(result.label() + ": only " + accepted + " of " + sent + " sent were"
                    + " accepted: " + result.statuses());
        }
    }
}
