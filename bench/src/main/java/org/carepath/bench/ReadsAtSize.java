package org.carepath.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a clinic makes all day, against a clinic of realistic size: 100 providers and rooms, 10,000 consultations
 * booked through the API over the next four weeks, ten per patient. Then an analytics aggregate over a million
 * assessments (see {@link AssessmentSeed}).
 */
final class ReadsAtSize implements Benchmark {

    /** Each provider's consultations are this far apart, so 100 of them span about four weeks. */
    static final Duration SPACING = Duration.ofHours(7);
    static final int APPOINTMENTS_PER_PATIENT = 10;
    static final int SEED_CLIENTS = 16;
    static final int SEARCH_CLIENTS = 16;
    /** Enough clients to keep two cores busy with lists; more only queue. */
    static final int LIST_CLIENTS = 32;
    static final int JOURNEY_CLIENTS = 16;
    static final int JOURNEY_PATIENTS = 20;
    static final int ASSESSMENTS_PER_JOURNEY_PATIENT = 4;
    static final int AGGREGATE_WARMUP_CALLS = 3;
    static final int PRIMING_REQUESTS = 5;
    static final String LIST_DATABASE = "list_ceiling";

    @Override
    public String title() {
        return "Reads at size";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        Scale scale = bench.scale();
        Report report = bench.report();
        int patients = Math.max(scale.providers(), scale.appointments() / APPOINTMENTS_PER_PATIENT);
        BenchClinic clinic = BenchClinic.create(bench, "reads", scale.providers(), patients);
        long seeding = System.nanoTime();
        clinic.book(bench, 0, scale.appointments(), SPACING, SEED_CLIENTS);
        double seconds = (System.nanoTime() - seeding) / 1e9;
        report.figure("consultations booked to seed the clinic", scale.appointments(), "");
        report.figure("seeding rate (" + SEED_CLIENTS + " clients, through the gateway)",
                scale.appointments() / seconds, "bookings/s");
        List<UUID> journeyPatients = clinic.patients.subList(0, Math.min(JOURNEY_PATIENTS, patients));
        clinic.awaitKnown(bench, "outcomes", "patient_profile", patients);
        recordAssessments(bench, clinic, journeyPatients);

        String gateway = bench.gateway();
        long days = SPACING.multipliedBy(scale.appointments() / scale.providers()).toDays();
        measure(bench, "availability search", SEARCH_CLIENTS, clinic.staff, 20, n -> gateway
                + "/v1/availability?type=CONSULTATION&patientId=" + patient(clinic, n) + "&from="
                + clinic.firstSlot.plusDays(n % Math.max(1, days)));
        LoadResult list = measure(bench, "patient's appointment list", LIST_CLIENTS, clinic.staff, 20,
                n -> gateway + "/v1/appointments?patientId=" + patient(clinic, n));
        listLimit(bench, clinic, list);
        checkJourney(bench, clinic, journeyPatients.get(0));
        measure(bench, "patient journey view", JOURNEY_CLIENTS, clinic.staff, 50,
                n -> gateway + "/v1/patients/" + journeyPatients.get((int) (n % journeyPatients.size())) + "/journey");
        report.note("A clinic open around the clock with " + scale.providers() + " providers (prescriber and"
                + " monitoring clinician, on duty around the clock), a consultation room each and " + patients
                + " registered patients; " + scale.appointments() + " consultations booked through the gateway by "
                + SEED_CLIENTS + " clients, " + APPOINTMENTS_PER_PATIENT + " per patient, each provider's "
                + SPACING.toHours() + " h apart over the next " + days + " days. All reads go through the gateway"
                + " with a clinic-staff token, in a closed loop, " + scale.warmup().toSeconds() + " s warm-up and "
                + scale.measure().toSeconds() + " s measured: availability is a week of consultation slots for a"
                + " patient from a day in the booked range (the first page of 50); the list is a patient's"
                + " appointments in the next 90 days; the journey view gathers patient, eligibility, plans,"
                + " appointments, outcomes (" + ASSESSMENTS_PER_JOURNEY_PATIENT + " PHQ-9s each) and open alerts"
                + " from the three services. The list's physical limit is pgbench (`-n -M prepared`, as many"
                + " connections as the list had clients, a warm-up run then a measured one as long as the suite's)"
                + " running `bench/src/main/resources/pgbench/appointment-list.sql`, the select scheduling runs for"
                + " the list, for a random patient, on a copy of the clinic's providers, rooms and appointments in a"
                + " database of its own on the same server (`vacuum analyze`d, as autovacuum would have done).");
        aggregate(bench, clinic);
    }

    private static UUID patient(BenchClinic clinic, long n) {
        return clinic.patients.get((int) (n % clinic.patients.size()));
    }

    private LoadResult measure(BenchContext bench, String read, int clients, String token, double p99Target,
            LongFunction<String> url) throws Exception {
        // A few requests one at a time first, so that the read's first use (class loading, query plans) is not paid
        // by a crowd of clients at once within the short warm-up of the smoke scale.
        for (int i = 0; i < PRIMING_REQUESTS; i++) {
            bench.http().get(url.apply(i), token).expect(200);
        }
        // The smoke scale checks the harness on a cold, possibly busy suite: two clients get answers in its 2 s window.
        clients = bench.scale().isSmoke() ? Math.min(clients, 2) : clients;
        LoadResult result = Load.closedLoop(read, clients, bench.scale().warmup(), bench.scale().measure(),
                (client, sequence) -> bench.http().status(Http.request(url.apply(sequence), token).GET().build()));
        System.out.println("[bench] " + result);
        if (result.requests() == 0) {
            throw new IllegalStateException(read + ": no request was answered within the measured window");
        }
        if (result.unexpected(200) > 0) {
            throw new IllegalStateException(read + " answered other than 200: " + result.statuses());
        }
        Report report = bench.report();
        report.figure(read + " p50 (" + clients + " clients)", result.p50Millis(), "ms");
        report.figure(read + " p99 (" + clients + " clients)", result.p99Millis(), "ms", Target.atMost(p99Target));
        report.figure(read + " throughput", result.perSecond(), "req/s");
        return result;
    }

    /**
     * The list's physical limit: pgbench running the list's own query (pgbench/appointment-list.sql) for a random
     * patient, with as many connections as the list had clients, on a copy of the clinic's appointments with the
     * patients numbered.
     */
    private static void listLimit(BenchContext bench, BenchClinic clinic, LoadResult list) throws Exception {
        Pgbench pgbench = Pgbench.find(bench.settings());
        try (ClinicCopy copy = ClinicCopy.create(bench, LIST_DATABASE, "scheduling")) {
            copy.rows(clinic.id, "provider", "room", "appointment");
            int patients = copy.number("patient_id", "appointment");
            copy.execute("vacuum analyze");
            double queries = pgbench.tps(bench.scale(), copy.database, "appointment-list.sql", list.clients(),
                    Map.of("clinic", clinic.id, "patients", Integer.toString(patients)));
            Report report = bench.report();
            report.figure("pgbench list query (" + list.clients() + " connections)", queries, "queries/s");
            report.figure("patient's appointment list physical-limit ratio", Report.ratio(list.perSecond(), queries),
                    "", Target.atLeast(0.3));
        }
    }

    /** A few scored PHQ-9s for the journey's patients, so its outcomes part has a trajectory to show. */
    private static void recordAssessments(BenchContext bench, BenchClinic clinic, List<UUID> patients) throws Exception {
        for (UUID patient : patients) {
            for (int i = 0; i < ASSESSMENTS_PER_JOURNEY_PATIENT; i++) {
                bench.http().post(bench.gateway() + "/v1/assessments", clinic.staff, "{\"patientId\":\"" + patient
                        + "\",\"instrument\":\"PHQ_9\",\"answers\":[2,2,2,1,1," + (2 - i / 2) + ",1,1,0]}").expect(201);
            }
        }
    }

    /** The journey must be whole, or the load would measure an answer with parts missing. */
    private static void checkJourney(BenchContext bench, BenchClinic clinic, UUID patient) throws Exception {
        JsonNode journey = bench.http().get(bench.gateway() + "/v1/patients/" + patient + "/journey", clinic.staff)
                .expect(200).json();
        if (!journey.get("missing").isEmpty() || journey.get("appointments").get("items").size() == 0) {
            throw new IllegalStateException("the journey is incomplete: " + journey);
        }
    }

    /** The response and remission aggregate over every clinic, called one at a time as an analytics job would. */
    private static void aggregate(BenchContext bench, BenchClinic clinic) throws Exception {
        Scale scale = bench.scale();
        Report report = bench.report();
        long seeding = System.nanoTime();
        AssessmentSeed.Seeded seeded = AssessmentSeed.seed(bench, clinic, clinic.patients.get(0),
                scale.analyticsAssessments());
        report.figure("assessments written with SQL for the aggregate", seeded.assessments(), "");
        report.figure("their patients (" + seeded.clinics() + " clinics) and dosing sessions", seeded.patients(), "");
        System.out.printf("[bench] seeded %s in %.0f s%n", seeded, (System.nanoTime() - seeding) / 1e9);
        String analytics = bench.token("analytics", null);
        String url = bench.gateway() + "/v1/analytics/response-remission?instrument=PHQ_9";
        Histogram latency = new Histogram(60_000_000L, 3);
        int calls = scale.isSmoke() ? 3 : 30;
        long patientsCounted = 0;
        for (int i = 0; i < AGGREGATE_WARMUP_CALLS + calls; i++) {
            long start = System.nanoTime();
            Http.Answer answer = bench.http().get(url, analytics).expect(200);
            long micros = (System.nanoTime() - start) / 1000;
            if (i >= AGGREGATE_WARMUP_CALLS) {
                latency.recordValue(micros);
            }
            patientsCounted = 0;
            for (JsonNode group : answer.json()) {
                patientsCounted += group.path("patients").asLong(0);
            }
        }
        report.figure("patients counted by the aggregate (groups under 11 suppressed)", patientsCounted, "");
        report.figure("response and remission aggregate p50 (" + calls + " calls one after another)",
                latency.getValueAtPercentile(50) / 1000.0, "ms", Target.atMost(200));
        report.figure("response and remission aggregate p99", latency.getValueAtPercentile(99) / 1000.0, "ms",
                Target.atMost(200));
        report.note("The aggregate is `GET /v1/analytics/response-remission?instrument=PHQ_9` with an analytics token"
                + " for every clinic, through the gateway, after " + AGGREGATE_WARMUP_CALLS + " warm-up calls. Its "
                + seeded.assessments() + " assessments were not recorded through the API (hours at this size): the"
                + " service scored and stored one PHQ-9 for each total 0-24, and SQL copied those rows (answers, total,"
                + " band, flags, version) to " + seeded.patients() + " patients in " + seeded.clinics() + " clinics, "
                + AssessmentSeed.PER_PATIENT + " weekly each, with their patient rows and " + seeded.sessions()
                + " discharged dosing sessions written as the service writes them; ids are time-ordered UUIDs as the"
                + " service makes them. Their outcome summaries (which the aggregate reads) were then computed from"
                + " those rows by `outcome_summary_refresh`, the function outcomes' migration back-fills them with."
                + " Their outbox and analytics events were not written. `vacuum analyze` then"
                + " does what autovacuum would do soon after such a load.");
    }
}
