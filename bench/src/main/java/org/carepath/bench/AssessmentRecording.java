package org.carepath.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * PHQ-9 submissions through the gateway by 16 clients over many patients: each is scored, its alert rules checked,
 * stored, and its events written to the outbox in the same transaction. Afterwards the outbox must drain: every
 * submission's AssessmentScored is published to Kafka.
 */
final class AssessmentRecording implements Benchmark {

    static final int CLIENTS = 16;
    static final String SCORED = "org.carepath.outcomes.AssessmentScored.v1";
    /** One submission in this many answers item 9 with 1, which raises a safety alert; the rest answer it 0. */
    static final int ALERT_EVERY = 100;

    @Override
    public String title() {
        return "Assessment recording";
    }

    @Override
    public void run(BenchContext bench) throws Exception {
        Scale scale = bench.scale();
        BenchClinic clinic = BenchClinic.create(bench, "assessment", 1, scale.loadPatients());
        clinic.awaitKnownToOutcomes(bench);
        String url = bench.gateway() + "/v1/assessments";
        LoadResult result = Load.closedLoop("PHQ-9 submissions", CLIENTS, scale.warmup(), scale.measure(),
                (client, n) -> bench.http().status(Http.jsonPost(url, clinic.staff,
                        phq9(clinic.patients.get((int) (n % clinic.patients.size())), n)).build()));
        System.out.println("[bench] " + result);
        bench.requireAnswers(result);
        if (result.serverErrors() > 0) {
            throw new IllegalStateException("submissions failed with a server error: " + result.statuses());
        }
        Report report = bench.report();
        report.figure("PHQ-9 submissions", result.perSecond(), "submissions/s", Target.atLeast(3000));
        report.figure("PHQ-9 submission p50", result.p50Millis(), "ms");
        report.figure("PHQ-9 submission p99", result.p99Millis(), "ms", Target.atMost(50));
        report.figure("PHQ-9 submissions answered other than 201", result.unexpected(201), "");
        long drainStart = System.nanoTime();
        long unpublished = awaitDrained(bench, clinic);
        report.figure("seconds for the outbox to drain after the load", (System.nanoTime() - drainStart) / 1e9, "s");
        report.figure("assessments whose AssessmentScored was not published", unpublished, "");
        report.note("Each submission is a `POST /v1/assessments` of a PHQ-9 through the gateway with a clinic-staff"
                + " token, " + CLIENTS + " clients in a closed loop, " + scale.warmup().toSeconds() + " s warm-up and "
                + scale.measure().toSeconds() + " s measured, spread over " + clinic.patients.size() + " patients;"
                + " one in " + ALERT_EVERY + " answers item 9 with 1 and so raises a safety alert. Each is scored,"
                + " checked against the alert rules, stored with its analytics event and AssessmentScored in the"
                + " outbox, and audited. After the load the harness waits (at most 2 minutes) until the outbox relay"
                + " has published every row, and counts the clinic's assessments without a published"
                + " AssessmentScored. The load generator shares the " + Runtime.getRuntime().availableProcessors()
                + " cores with the suite.");
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
