package org.carepath.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consultations booked through the gateway by 16 and then 64 clients, and after each, the same database work done
 * by pgbench with as many connections: the ceiling. Booking number n takes provider and room n mod P at hour n div P
 * from tomorrow, for patient n mod M (M >= P), so no two bookings want the same provider, room or patient at once.
 */
final class BookingThroughput implements Benchmark {

    static final int[] CLIENTS = {16, 64};

    static final Duration HOUR = Duration.ofHours(1);

    @Override
    public String title() {
        return "Booking throughput";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        Scale scale = bench.scale();
        BenchClinic clinic = BenchClinic.create(bench, "booking", scale.providers(),
                Math.max(scale.providers(), scale.loadPatients()));
        AtomicLong bookings = new AtomicLong();
        Report report = bench.report();
        // One booking first, so that a setup the service refuses fails here with its answer.
        bench.http().post(bench.gateway() + "/v1/appointments", clinic.staff, clinic.consultation(
                clinic.patients.get(0), clinic.providers.get(0), clinic.rooms.get(0), clinic.firstSlot.minusHours(1)))
                .expect(201);
        try (BookingCeiling ceiling = BookingCeiling.prepare(bench, clinic)) {
            for (int clients : CLIENTS) {
                LoadResult suite = Load.closedLoop("bookings", clients, scale.warmup(), scale.measure(),
                        (client, sequence) -> bench.http().status(Http.jsonPost(bench.gateway() + "/v1/appointments",
                                clinic.staff, clinic.consultationAt(bookings.getAndIncrement(), HOUR)).build()));
                System.out.println("[bench] " + suite);
                bench.requireAnswers(suite);
                if (suite.serverErrors() > 0) {
                    throw new IllegalStateException("bookings failed with a server error: " + suite.statuses());
                }
                double ceilingPerSecond = ceiling.bookingsPerSecond(clients);
                String at = clients + " clients";
                report.figure("bookings at " + at, suite.perSecond(), "bookings/s");
                report.figure("booking p50 at " + at, suite.p50Millis(), "ms");
                Target p99 = clients == 64 ? Target.atMost(50) : null;
                report.figure("booking p99 at " + at, suite.p99Millis(), "ms", p99);
                report.figure("bookings answered other than 201 at " + at, suite.unexpected(201), "");
                report.figure("pgbench booking script at " + at, ceilingPerSecond, "transactions/s");
                report.figure("booking ceiling ratio at " + at, Report.ratio(suite.perSecond(), ceilingPerSecond), "",
                        Target.atLeast(0.5));
            }
            report.note(note(scale, clinic, ceiling.version()));
        }
    }

    private static String note(Scale scale, BenchClinic clinic, String pgbench) {
        return "Each booking is a `POST /v1/appointments` of a consultation through the gateway with a clinic-staff"
                + " token, in a closed loop, " + scale.warmup().toSeconds() + " s warm-up and "
                + scale.measure().toSeconds() + " s measured per client count, spread over " + clinic.providers.size()
                + " providers with a room each and " + clinic.patients.size() + " patients so that no two bookings"
                + " want the same provider, room or patient at the same hour. The ceiling is `" + pgbench + "` running"
                + " `bench/src/main/resources/pgbench/booking.sql` (`-n -M prepared`, as many connections as clients,"
                + " a warm-up run then a measured one as long as the suite's) against a copy of the clinic in a"
                + " database of its own on the same embedded PostgreSQL. The script holds the statements"
                + " scheduling-service runs for one booking, captured with `log_statement = 'all'`: in one"
                + " transaction the clinic, the patient locked `for no key update`, the provider, the room, closures"
                + " and leave in the window, the expiry of holds in the way, the appointment, its history row and its"
                + " outbox event; then the audit record in its own transaction. Left out: the outbox relay's"
                + " batched publishing of the event, after the answer."
                + " pgbench runs on the same " + Runtime.getRuntime().availableProcessors() + " cores as the server,"
                + " as do the suite's services and this load generator.";
    }
}
