package org.carepath.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * PHQ-9 submissions through the gateway by 16 and then 64 clients over many patients: each is scored, its alert rules
 * checked, stored, and its events written to the outbox in the same transaction. After the 16 clients, pgbench with as
 * many connections writes what a submission must write, on a copy of outcomes' schema: its physical limit. Afterwards
 * the outbox must drain: every submission's AssessmentScored is published to Kafka.
 */
final class AssessmentRecording implements Benchmark {

    static final int[] CLIENTS = {16, 64};
    /** The client count compared with the physical limit, and whose CPU per submission is accounted for. */
    static final int LIMIT_CLIENTS = 16;
    static final String DATABASE = "assessment_ceiling";
    /** The sequence phq9-minimal.sql draws each assessment's number (its id) from. */
    static final String NUMBERS = "assessment_number";
    static final String SCORED = "org.carepath.outcomes.AssessmentScored.v1";
    static final String ANALYTICS_SCORED = "org.carepath.analytics.AssessmentScored.v1";
    /** One submission in this many answers item 9 with 1, which raises a safety alert; the rest answer it 0. */
    static final int ALERT_EVERY = 100;

    @Override
    public String title() {
        return "Assessment recording";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        Scale scale = bench.scale();
        Report report = bench.report();
        BenchClinic clinic = BenchClinic.create(bench, "assessment", 1, scale.loadPatients());
        clinic.awaitKnownToOutcomes(bench);
        String url = bench.gateway() + "/v1/assessments";
        // One submission first, so that a setup the service refuses fails here with its answer; pgbench's script
        // writes its rows again.
        bench.http().post(url, clinic.staff, phq9(clinic.patients.get(0), 0)).expect(201);
        Pgbench pgbench = Pgbench.find(bench.settings());
        try (ClinicCopy copy = ClinicCopy.create(bench, DATABASE, "outcomes")) {
            copy.execute("create sequence " + NUMBERS);
            Map<String, String> variables = variables(bench, clinic);
            for (int clients : CLIENTS) {
                CpuPerRequest cpu = new CpuPerRequest(bench.stack());
                CpuProfile.Profiles profiles = clients == LIMIT_CLIENTS ? CpuProfile.during(bench,
                        "PHQ-9 submissions at " + clients + " clients", List.of("outcomes", "gateway")) : null;
                LoadResult result = Load.closedLoop("PHQ-9 submissions", clients, scale.warmup(), scale.measure(),
                        clients == LIMIT_CLIENTS ? cpu : Load.Window.NONE,
                        (client, n) -> bench.http().status(Http.jsonPost(url, clinic.staff,
                                phq9(clinic.patients.get((int) (n % clinic.patients.size())), n)).build()));
                System.out.println("[bench] " + result);
                bench.requireAnswers(result);
                if (result.serverErrors() > 0) {
                    throw new IllegalStateException("submissions failed with a server error: " + result.statuses());
                }
                String at = clients + " clients";
                report.figure("PHQ-9 submissions at " + at, result.perSecond(), "submissions/s");
                report.figure("PHQ-9 submission p50 at " + at, result.p50Millis(), "ms");
                Target p99 = clients == 64 ? Target.atMost(50) : null;
                report.figure("PHQ-9 submission p99 at " + at, result.p99Millis(), "ms", p99);
                report.figure("PHQ-9 submissions answered other than 201 at " + at, result.unexpected(201), "");
                if (clients == LIMIT_CLIENTS) {
                    double minimal = pgbench.tps(scale, copy.database, "phq9-minimal.sql", clients, variables);
                    report.figure("pgbench minimal PHQ-9 submission at " + at, minimal, "transactions/s");
                    report.figure("PHQ-9 physical-limit ratio at " + at, Report.ratio(result.perSecond(), minimal),
                            "", Target.atLeast(0.3));
                    profiles.report(report);
                    cpu.report(report, "PHQ-9 submission", result);
                }
            }
            report.note(note(scale, clinic, pgbench.version()));
        }
        long drainStart = System.nanoTime();
        long unpublished = awaitDrained(bench, clinic);
        report.figure("seconds for the outbox to drain after the load", (System.nanoTime() - drainStart) / 1e9, "s");
        report.figure("assessments whose AssessmentScored was not published", unpublished, "");
        report.note("After the loads the harness waits (at most 2 minutes) until the outbox relay has published every"
                + " row that is due (de-identified rows wait for their release period by design), and counts the"
                + " clinic's assessments without a published AssessmentScored.");
    }

    /**
     * The minimal script's variables: the clinic, how many patients, and from the first submission what the service
     * stored (answers, total, band, flags, instrument version, channel, who entered it) and its two events' payloads
     * and pseudonym, as the service wrote them.
     */
    private static Map<String, String> variables(BenchContext bench, BenchClinic clinic) throws SQLException {
        Map<String, String> variables = new HashMap<>(bench.row("outcomes", "select a.answers::text as answers,"
                + " a.band, a.flags::text as flags, a.total, a.version, a.channel, a.entered_by as actor,"
                + " a.entered_by_roles as roles, e.payload::text as scored from assessment a join outbox_event e"
                + " on e.subject = 'assessments/' || a.id and e.event_type = ? where a.clinic_id = ? limit 1",
                SCORED, clinic.id));
        variables.putAll(bench.row("outcomes", "select record_key as pseudonym, payload::text as analytics"
                + " from outbox_event where event_type = ? and clinic_id = ? limit 1", ANALYTICS_SCORED, clinic.id));
        variables.put("clinic", clinic.id);
        variables.put("patients", Integer.toString(clinic.patients.size()));
        return variables;
    }

    private static String note(Scale scale, BenchClinic clinic, String pgbench) {
        return "Each submission is a `POST /v1/assessments` of a PHQ-9 through the gateway with a clinic-staff"
                + " token, in a closed loop, " + scale.warmup().toSeconds() + " s warm-up and "
                + scale.measure().toSeconds() + " s measured per client count, spread over " + clinic.patients.size()
                + " patients; one in " + ALERT_EVERY + " answers item 9 with 1 and so raises a safety alert. Each is"
                + " scored, checked against the alert rules, stored with its analytics event and AssessmentScored in"
                + " the outbox, and audited. The physical limit is `" + pgbench + "` (`-n -M prepared`, "
                + LIMIT_CLIENTS + " connections, a warm-up run then a measured one as long as the suite's) running"
                + " `bench/src/main/resources/pgbench/phq9-minimal.sql` on an empty copy of outcomes' schema in a"
                + " database of its own on the same embedded PostgreSQL: the assessment row, its AssessmentScored and"
                + " de-identified analytics outbox rows, one commit, with the values and payloads of a submission the"
                + " service stored. CPU per submission is user plus system time from `/proc/PID/stat` over the"
                + " measured window at " + LIMIT_CLIENTS + " clients (PostgreSQL: the postmaster and all its"
                + " processes), divided by the submissions answered in it. The load generator and pgbench share the "
                + Runtime.getRuntime().availableProcessors() + " cores with the suite.";
    }

    /** Items 1-8 vary with the submission; item 9 is 0 but for one in {@link #ALERT_EVERY}. */
    static String phq9(UUID patient, long n) {
        StringBuilder answers = new StringBuilder("[");
        for (int item = 0; item < 8; item++) {
            answers.append((n + item) % 4).append(',');
        }
        answers.append(n % ALERT_EVERY == ALERT_EVERY - 1 ? 1 : 0).append(']');
        return "{\"patientId\":\"" + patient + "\",\"instrument\":\"PHQ_9\",\"answers\":" + answers + "}";
    }

    /** Waits until outcomes' outbox has nothing left to send now; returns how many assessments lack a published event. */
    private static long awaitDrained(BenchContext bench, BenchClinic clinic) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try (Connection outcomes = bench.database("outcomes");
                // De-identified rows wait for their release period (an hour by default) by design.
                PreparedStatement pending = outcomes.prepareStatement(
                        "select count(*) from outbox_event where sent_at is null"
                                + " and topic <> 'carepath.analytics.outcomes.v1'");
                PreparedStatement missing = outcomes.prepareStatement("select count(*) from assessment a"
                        + " where a.clinic_id = ? and not exists (select 1 from outbox_event e where e.event_type = ?"
                        + " and e.subject = 'assessments/' || a.id and e.sent_at is not null)")) {
            while (count(pending) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            missing.setString(1, clinic.id);
            missing.setString(2, SCORED);
            return count(missing);
        }
    }

    private static long count(PreparedStatement query) throws Exception {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
