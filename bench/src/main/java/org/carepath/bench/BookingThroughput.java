package org.carepath.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consultations booked through the gateway by 16 and then 64 clients, and after each, pgbench with as many
 * connections on a copy of the clinic: at 16 clients the least database work a booking needs (its physical limit),
 * and at both the replay of every statement the service runs for one. Booking number n takes provider and room n mod P
 * at hour n div P from tomorrow, for patient n mod M (M >= P), so no two bookings want the same provider, room or
 * patient at once.
 */
final class BookingThroughput implements Benchmark {

    static final int[] CLIENTS = {16, 64};
    /** The client count compared with the physical limit, and whose CPU per booking is accounted for. */
    static final int LIMIT_CLIENTS = 16;
    static final String DATABASE = "booking_ceiling";
    /** The sequence booking-minimal.sql draws each booking's hour from. */
    static final String SLOTS = "booking_slot";
    static final String BOOKED = "org.carepath.scheduling.AppointmentBooked.v1";

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
        // One booking first, so that a setup the service refuses fails here with its answer; pgbench's scripts take
        // its actor and event payload.
        bench.http().post(bench.gateway() + "/v1/appointments", clinic.staff, clinic.consultation(
                clinic.patients.get(0), clinic.providers.get(0), clinic.rooms.get(0), clinic.firstSlot.minusHours(1)))
                .expect(201);
        Pgbench pgbench = Pgbench.find(bench.settings());
        try (ClinicCopy copy = ClinicCopy.create(bench, DATABASE, "scheduling")) {
            Map<String, String> variables = prepare(bench, clinic, copy);
            for (int clients : CLIENTS) {
                CpuPerRequest cpu = new CpuPerRequest(bench.stack());
                CpuProfile.Profiles profiles = clients == LIMIT_CLIENTS ? CpuProfile.during(bench,
                        "bookings at " + clients + " clients", List.of("scheduling", "gateway")) : null;
                LoadResult suite = Load.closedLoop("bookings", clients, scale.warmup(), scale.measure(),
                        clients == LIMIT_CLIENTS ? cpu : Load.Window.NONE,
                        (client, sequence) -> bench.http().status(Http.jsonPost(bench.gateway() + "/v1/appointments",
                                clinic.staff, clinic.consultationAt(bookings.getAndIncrement(), HOUR)).build()));
                System.out.println("[bench] " + suite);
                bench.requireAnswers(suite);
                if (suite.serverErrors() > 0) {
                    throw new IllegalStateException("bookings failed with a server error: " + suite.statuses());
                }
                String at = clients + " clients";
                report.figure("bookings at " + at, suite.perSecond(), "bookings/s");
                report.figure("booking p50 at " + at, suite.p50Millis(), "ms");
                Target p99 = clients == 64 ? Target.atMost(50) : null;
                report.figure("booking p99 at " + at, suite.p99Millis(), "ms", p99);
                report.figure("bookings answered other than 201 at " + at, suite.unexpected(201), "");
                if (clients == LIMIT_CLIENTS) {
                    double minimal = pgbench.tps(scale, copy.database, "booking-minimal.sql", clients, variables);
                    report.figure("pgbench minimal booking at " + at, minimal, "transactions/s");
                    report.figure("booking physical-limit ratio at " + at, Report.ratio(suite.perSecond(), minimal),
                            "", Target.atLeast(0.3));
                }
                double replay = pgbench.tps(scale, copy.database, "booking.sql", clients, variables);
                report.figure("pgbench booking replay at " + at, replay, "transactions/s");
                report.figure("booking replay ratio at " + at, Report.ratio(suite.perSecond(), replay), "");
                if (clients == LIMIT_CLIENTS) {
                    profiles.report(report);
                    cpu.report(report, "booking", suite);
                }
            }
            report.note(note(scale, clinic, pgbench.version()));
        }
    }

    /**
     * Fills the copy pgbench works on with the clinic, its providers, rooms and patients (numbered) and a sequence of
     * slots for the minimal script, and returns the scripts' variables: the clinic, how many providers and patients,
     * and the first booking's actor and AppointmentBooked payload as the service wrote them.
     */
    private static Map<String, String> prepare(BenchContext bench, BenchClinic clinic, ClinicCopy copy)
            throws Exception {
        copy.rows(clinic.id, "clinic", "provider", "room", "patient_reference");
        Map<String, String> variables = new HashMap<>(bench.row("scheduling", "select a.booked_by as actor,"
                + " e.payload::text as payload from appointment a join outbox_event e"
                + " on e.subject = 'appointments/' || a.id and e.event_type = ? where a.clinic_id = ? limit 1",
                BOOKED, clinic.id));
        variables.put("clinic", clinic.id);
        variables.put("providers", Integer.toString(copy.number("id", "provider")));
        copy.number("id", "room");
        variables.put("patients", Integer.toString(copy.number("patient_id", "patient_reference")));
        copy.execute("create sequence " + SLOTS).execute("analyze");
        return variables;
    }

    private static String note(Scale scale, BenchClinic clinic, String pgbench) {
        return "Each booking is a `POST /v1/appointments` of a consultation through the gateway with a clinic-staff"
                + " token, in a closed loop, " + scale.warmup().toSeconds() + " s warm-up and "
                + scale.measure().toSeconds() + " s measured per client count, spread over " + clinic.providers.size()
                + " providers with a room each and " + clinic.patients.size() + " patients so that no two bookings"
                + " want the same provider, room or patient at the same hour. pgbench is `" + pgbench + "` (`-n -M"
                + " prepared`, as many connections as clients, a warm-up run then a measured one as long as the"
                + " suite's) against a copy of the clinic in a database of its own on the same embedded PostgreSQL."
                + " The physical limit is `bench/src/main/resources/pgbench/booking-minimal.sql`: the appointment"
                + " row, its AppointmentBooked outbox row and one commit, each booking in an hour of its own (a"
                + " sequence), so no constraint refuses one. The replay is `booking.sql`: the statements"
                + " scheduling-service runs for one booking, captured with `log_statement = 'all'`: in one"
                + " transaction the clinic, the patient locked `for no key update`, the provider, the room, closures"
                + " and leave in the window, the expiry of holds in the way, the appointment, its history row and its"
                + " outbox event; then the audit record in its own transaction. Left out of both: the outbox relay's"
                + " batched publishing of the event, after the answer. The gap between the two ratios is SQL the"
                + " request runs beyond the least it needs. CPU per booking is user plus system time from"
                + " `/proc/PID/stat` over the measured window at " + LIMIT_CLIENTS + " clients (PostgreSQL: the"
                + " postmaster and all its processes), divided by the bookings answered in it. pgbench runs on the"
                + " same " + Runtime.getRuntime().availableProcessors() + " cores as the server, as do the suite's"
                + " services and this load generator.";
    }
}
