package org.carepath.outcomes.assessment;

import static org.carepath.outcomes.OutcomesFixtures.as;
import static org.carepath.outcomes.OutcomesFixtures.find;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.outcomes.OutcomesFixtures;
import org.carepath.outcomes.assessment.domain.Assessment;
import org.carepath.outcomes.assessment.domain.Assessment.Origin;
import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.persistence.AssessmentEntity;
import org.carepath.outcomes.assessment.persistence.OutcomeSummaries;
import org.carepath.outcomes.assessment.persistence.ScreeningScoreEntity;
import org.carepath.outcomes.assessment.service.AssessmentService;
import org.carepath.outcomes.session.service.DosingSessionService;
import org.carepath.platform.security.Roles;
import org.carepath.platform.testing.CarePathTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The outcome summary that recording a score and the response/remission aggregate read instead of the history must
 * always say what the history says: after every kind of write, with scores out of order, at one moment, racing each
 * other, and after the first dose moves; and it stays with its clinic.
 */
@QuarkusTest
@WithTestResource(value = CarePathTestResource.class, initArgs = @ResourceArg(name = "database", value = "outcomes"))
class OutcomeSummaryTest {

    private static final Logger LOG = Logger.getLogger(OutcomeSummaryTest.class);

    static final String CLINIC = "clinic-summary";
    static final String OTHER = "clinic-summary-other";

    @Inject
    EntityManager em;

    @Inject
    AssessmentService assessments;

    @Inject
    OutcomeSummaries summaries;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theSummaryIsWhatTheHistorySaysAfterEveryWrite() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1982);
        OffsetDateTime now = OffsetDateTime.now();
        OutcomesFixtures.screened(CLINIC, patient, 18, 12, now.minusDays(10));
        agrees(patient);
        phq9(patient, 16, now.minusDays(5));
        agrees(patient);
        phq9(patient, 14, now.minusDays(6)); // taken earlier than the latest: not the latest
        agrees(patient);
        phq9(patient, 12, now.minusDays(5)); // taken at the same moment as the latest: the later id is the latest
        agrees(patient);
        OutcomesFixtures.monitoredSession(CLINIC, patient, 3 * 3600);
        agrees(patient);
        phq9(patient, 8, now.minusHours(2));
        agrees(patient);
        phq9(patient, 10, now.minusMinutes(150)); // after the dose, but before the latest
        agrees(patient);
        phq9(patient, 4, now);
        gad7(patient, 5, now);
        agrees(patient);
        // An earlier session dosed later: the first dose moves back, and the baseline with it.
        OutcomesFixtures.monitoredSession(CLINIC, patient, Duration.ofDays(5).plusHours(12).toSeconds());
        Map<String, Object> phq9 = agrees(patient).get(Instrument.PHQ_9);
        assertEquals(14, phq9.get("baseline_total"), "the PHQ-9 before the earlier dose is the baseline");

        Map<Instrument, Map<String, Object>> before = summary(patient);
        find(CLINIC, () -> {
            summaries.refresh(CLINIC, patient);
            return null;
        });
        assertEquals(before, summary(patient), "recomputing from the history changes nothing");
    }

    @Test
    void recordingAScoreReadsNoHistory() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1988);
        OffsetDateTime now = OffsetDateTime.now();
        OutcomesFixtures.screened(CLINIC, patient, 20, 12, now.minusDays(4));
        phq9(patient, 18, now.minusDays(3));
        OutcomesFixtures.monitoredSession(CLINIC, patient, 3 * 3600);
        for (int i = 0; i < 5; i++) {
            phq9(patient, 16 - i, now.minusMinutes(100 - i));
        }
        Statistics statistics = sessionFactory.getStatistics();
        long assessmentsLoaded = statistics.getEntityStatistics(AssessmentEntity.class.getName()).getLoadCount();
        long screeningsLoaded = statistics.getEntityStatistics(ScreeningScoreEntity.class.getName()).getLoadCount();
        long statements = statistics.getPrepareStatementCount();
        phq9(patient, 4, now); // response and remission: both milestones
        LOG.infof("One PHQ-9 with two milestones prepared %d statements (the outbox relay's polls included)",
                statistics.getPrepareStatementCount() - statements);
        assertEquals(assessmentsLoaded,
                statistics.getEntityStatistics(AssessmentEntity.class.getName()).getLoadCount(), "assessments read");
        assertEquals(screeningsLoaded,
                statistics.getEntityStatistics(ScreeningScoreEntity.class.getName()).getLoadCount(), "screenings read");
        agrees(patient);
    }

    @Test
    void concurrentScoresOfOnePatientLoseNothing() throws Exception {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1975);
        OutcomesFixtures.monitoredSession(CLINIC, patient, 3 * 3600);
        OffsetDateTime now = OffsetDateTime.now();
        // The first batch races to create the row, the second to update it; each mixes pre- and post-dose scores.
        for (int batch = 0; batch < 2; batch++) {
            List<OffsetDateTime> times = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                times.add(i % 2 == 0 ? now.minusDays(1).minusMinutes(batch * 10L + i)
                        : now.minusMinutes(100 - batch * 10L - i));
            }
            int first = batch * 8;
            concurrently(times.size(), i -> phq9(patient, (first + i * 5) % 25, times.get(i)));
            agrees(patient);
        }
    }

    @Test
    void anotherClinicNeitherSeesNorChangesTheSummary() {
        UUID patient = OutcomesFixtures.patient(CLINIC, 1969);
        OffsetDateTime now = OffsetDateTime.now();
        phq9(patient, 20, now.minusDays(2));
        OutcomesFixtures.monitoredSession(CLINIC, patient, 3 * 3600);
        phq9(patient, 3, now);
        Map<Instrument, Map<String, Object>> before = agrees(patient);

        as(Roles.CLINICIAN, OTHER).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":%s}"
                .formatted(patient, answers(0))).post("/v1/assessments").then().statusCode(404);
        // Below the API too: the summary's upsert leaves another clinic's row alone and refuses.
        Throwable refused = assertThrows(RuntimeException.class, () -> find(OTHER, () -> summaries.record(OTHER,
                patient, new Assessment(UUID.randomUUID(), now, Instrument.PHQ_9, 0, Origin.ASSESSMENT))));
        while (!(refused instanceof IllegalStateException) && refused.getCause() != null) {
            refused = refused.getCause();
        }
        assertEquals(IllegalStateException.class, refused.getClass(), refused.toString());
        assertEquals(before, summary(patient));
        as(Roles.ANALYTICS, OTHER).get("/v1/analytics/response-remission").then().statusCode(200)
                .body("clinicId", everyItem(not(CLINIC)));
    }

    @Test
    void theBackFillSummarisesTheOutcomeInstruments() throws Exception {
        String outcomeInstruments = Stream.of(Instrument.values()).filter(Instrument::outcomeMeasure)
                .map(instrument -> "'" + instrument.name() + "'").collect(Collectors.joining(", ", "in (", ")"));
        try (InputStream migration = getClass().getResourceAsStream("/db/migration/V7__outcome_summary.sql")) {
            String sql = new String(migration.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(sql.contains(outcomeInstruments), "outcome_summary_refresh reads " + outcomeInstruments);
        }
    }

    /** Asserts each outcome instrument's summary row is what the patient's history gives; answers the rows. */
    private Map<Instrument, Map<String, Object>> agrees(UUID patient) {
        Map<Instrument, Map<String, Object>> rows = summary(patient);
        Map<Instrument, List<Assessment>> history = find(CLINIC, () -> assessments.outcomeScores(patient));
        OffsetDateTime firstDose = find(CLINIC, () -> DosingSessionService.firstDoseAt(patient));
        assertEquals(history.keySet(), rows.keySet(), "one summary per instrument scored");
        history.forEach((instrument, scores) -> {
            // Trajectories' order: by time, screenings first at one moment, then by id as the database orders them.
            List<Assessment> ordered = new ArrayList<>(scores);
            ordered.sort(Comparator.comparing(Assessment::takenAt, OffsetDateTime.timeLineOrder()));
            Assessment latest = ordered.get(ordered.size() - 1);
            Assessment baseline = firstDose == null ? null
                    : ordered.stream().filter(s -> !s.takenAt().isAfter(firstDose)).reduce((a, b) -> b).orElse(null);
            Assessment postDose = firstDose == null ? null
                    : ordered.stream().filter(s -> s.origin() == Origin.ASSESSMENT && s.takenAt().isAfter(firstDose))
                            .reduce((a, b) -> b).orElse(null);
            Map<String, Object> row = rows.get(instrument);
            String what = instrument + " summary " + row;
            assertEquals(instant(firstDose), instant(row.get("first_dose_at")), what);
            assertEquals(baseline == null ? null : baseline.id(), row.get("baseline_id"), what);
            assertEquals(baseline == null ? null : baseline.total(), row.get("baseline_total"), what);
            assertEquals(baseline == null ? null : instant(baseline.takenAt()), instant(row.get("baseline_at")), what);
            assertEquals(baseline == null ? null : baseline.origin().name(), row.get("baseline_origin"), what);
            assertEquals(latest.id(), row.get("latest_id"), what);
            assertEquals(latest.total(), row.get("latest_total"), what);
            assertEquals(instant(latest.takenAt()), instant(row.get("latest_at")), what);
            assertEquals(latest.origin().name(), row.get("latest_origin"), what);
            assertEquals(postDose == null ? null : postDose.id(), row.get("post_dose_id"), what);
            assertEquals(postDose == null ? null : postDose.total(), row.get("post_dose_total"), what);
        });
        return rows;
    }

    private Map<Instrument, Map<String, Object>> summary(UUID patient) {
        List<String> columns = List.of("instrument", "first_dose_at", "baseline_id", "baseline_at", "baseline_total",
                "baseline_origin", "latest_id", "latest_at", "latest_total", "latest_origin", "post_dose_id",
                "post_dose_at", "post_dose_total");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = find(CLINIC, () -> em.createNativeQuery("select " + String.join(", ", columns)
                + " from outcome_summary where patient_id = ?1 and clinic_id = ?2")
                .setParameter(1, patient).setParameter(2, CLINIC).getResultList());
        Map<Instrument, Map<String, Object>> byInstrument = new EnumMap<>(Instrument.class);
        for (Object[] row : rows) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 1; i < columns.size(); i++) {
                values.put(columns.get(i), row[i] instanceof Number n && !(row[i] instanceof Integer) ? n.intValue()
                        : row[i]);
            }
            byInstrument.put(Instrument.valueOf((String) row[0]), values);
        }
        return byInstrument;
    }

    private static Instant instant(Object time) {
        if (time == null) {
            return null;
        }
        if (time instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return time instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) time;
    }

    private static void phq9(UUID patient, int total, OffsetDateTime takenAt) {
        as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"PHQ_9\",\"answers\":%s,\"takenAt\":\"%s\"}"
                .formatted(patient, answers(total), takenAt.withOffsetSameInstant(ZoneOffset.UTC)))
                .post("/v1/assessments").then().statusCode(201);
    }

    private static void gad7(UUID patient, int total, OffsetDateTime takenAt) {
        List<Integer> answers = new ArrayList<>();
        for (int item = 0; item < 7; item++) {
            answers.add(Math.min(3, Math.max(0, total - 3 * item)));
        }
        as(Roles.CLINICIAN, CLINIC).body("{\"patientId\":\"%s\",\"instrument\":\"GAD_7\",\"answers\":%s,\"takenAt\":\"%s\"}"
                .formatted(patient, answers, takenAt.withOffsetSameInstant(ZoneOffset.UTC)))
                .post("/v1/assessments").then().statusCode(201);
    }

    /** PHQ-9 answers with the total, item 9 at 0 (no safety alert): totals 0 to 24. */
    private static List<Integer> answers(int total) {
        List<Integer> answers = new ArrayList<>();
        for (int item = 0; item < 9; item++) {
            answers.add(item == 8 ? 0 : Math.min(3, Math.max(0, total - 3 * item)));
        }
        return answers;
    }

    private interface Task {
        void run(int index) throws Exception;
    }

    /** Runs the tasks at once, each on its own thread, and fails with the first failure. */
    private static void concurrently(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    start.await();
                    task.run(index);
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
