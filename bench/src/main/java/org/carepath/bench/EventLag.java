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

    @Override
    public String title() {
        return "Event lag";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        Scale scale = bench.scale();
        BenchClinic clinic = BenchClinic.create(bench, "lag", scale.providers(),
                scale.providers() * PATIENTS_PER_PROVIDER);
        long booked = bookingLag(bench, clinic);
        registrationLag(bench, clinic);
        new OutboxDrain(bench, clinic, booked, SPACING).run();
        bench.report().note("Load: " + scale.lagEventsPerSecond() + " requests/s started on schedule (open loop, up"
                + " to " + MAX_IN_FLIGHT + " waiting) for " + scale.lagDuration().toSeconds() + " s through the gateway,"
                + " first consultation bookings (each one AppointmentBooked event), then patient registrations (each one"
                + " PatientRegistered). No service consumes AppointmentBooked, so its lag is to a consumer in the"
                + " harness reading `" + SCHEDULING_TOPIC + "` from its end (read_committed, as an analytics pipeline"
                + " would): from the event's `ce_time`, which is when scheduling wrote the outbox row inside the"
                + " booking's transaction (a little before the commit), to when the harness's poll returned it. A"
                + " service read model is measured with PatientRegistered: from intake's outbox row (`occurred_at`) to"
                + " scheduling's inbox row (`processed_at`, written in the transaction that adds the patient to"
                + " `patient_reference`), joined by event id. All clocks are this machine's.");
    }

    /** Bookings at the fixed rate, each event timed to the harness's consumer; returns how many were attempted. */
    private long bookingLag(BenchContext bench, BenchClinic clinic) throws Exception {
        Scale scale = bench.scale();
        Report report = bench.report();
        LoadResult bookings;
        try (TopicWatch watch = TopicWatch.start(bench, SCHEDULING_TOPIC, BOOKED, clinic.id)) {
            bookings = Load.fixedRate("bookings", scale.lagEventsPerSecond(), scale.lagDuration(), MAX_IN_FLIGHT,
                    (client, n) -> bench.http().post(bench.gateway() + "/v1/appointments", clinic.staff,
                            clinic.consultationAt(n, SPACING)).status());
            System.out.println("[bench] " + bookings);
            long accepted = bookings.statuses().getOrDefault(201, 0L);
            requireMostAnswered(bookings, accepted);
            long received = watch.await(accepted, Duration.ofMinutes(2));
            Histogram lag = watch.lagMicros();
            report.figure("bookings accepted (201)", accepted, "");
            report.figure("booking events received by the harness's consumer", received, "");
            report.figure("achieved booking event rate", accepted / bookings.seconds(), "events/s");
            report.figure("booking request p99 at that rate (from when it was due)", bookings.p99Millis(), "ms");
            report.figure("booking recorded -> received by a consumer of " + SCHEDULING_TOPIC + " p50",
                    lag.getValueAtPercentile(50) / 1000.0, "ms");
            report.figure("booking recorded -> received by a consumer of " + SCHEDULING_TOPIC + " p99",
                    lag.getValueAtPercentile(99) / 1000.0, "ms", Target.atMost(LAG_TARGET_MILLIS));
        }
        return bookings.statuses().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Registrations at the fixed rate, each timed from intake's outbox to scheduling's (and outcomes') inbox. */
    private void registrationLag(BenchContext bench, BenchClinic clinic) throws Exception {
        Scale scale = bench.scale();
        Report report = bench.report();
        Instant since = Instant.now();
        LoadResult registrations = Load.fixedRate("registrations", scale.lagEventsPerSecond(), scale.lagDuration(),
                MAX_IN_FLIGHT, (client, n) -> clinic.registration(bench).status());
        System.out.println("[bench] " + registrations);
        long accepted = registrations.statuses().getOrDefault(201, 0L);
        requireMostAnswered(registrations, accepted);
        int known = clinic.patients.size() + (int) accepted;
        clinic.awaitKnown(bench, "scheduling", "patient_reference", known);
        clinic.awaitKnown(bench, "outcomes", "patient_profile", known);
        report.figure("registrations accepted (201)", accepted, "");
        report.figure("achieved registration event rate", accepted / registrations.seconds(), "events/s");
        AppliedLag scheduling = AppliedLag.measure(bench, clinic.id, since, "scheduling");
        report.figure("registrations matched to scheduling's inbox", scheduling.events(), "");
        report.figure("patient registered -> applied in scheduling's read model p50",
                scheduling.lagMicros().getValueAtPercentile(50) / 1000.0, "ms");
        report.figure("patient registered -> applied in scheduling's read model p99",
                scheduling.lagMicros().getValueAtPercentile(99) / 1000.0, "ms", Target.atMost(LAG_TARGET_MILLIS));
        AppliedLag outcomes = AppliedLag.measure(bench, clinic.id, since, "outcomes");
        report.figure("patient registered -> applied in outcomes' read model p99",
                outcomes.lagMicros().getValueAtPercentile(99) / 1000.0, "ms");
    }

    /** A driver that could not get most requests answered measured the driver, not the lag. */
    static void requireMostAnswered(LoadResult result, long accepted) {
        long sent = result.statuses().values().stream().mapToLong(Long::longValue).sum();
        if (accepted == 0 || accepted < sent * 0.99) {
            throw new IllegalStateException(result.label() + ": only " + accepted + " of " + sent + " accepted: "
                    + result.statuses());
        }
    }
}
