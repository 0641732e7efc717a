package org.carepath.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A million scored assessments in outcomes' database, for the analytics aggregates. Recording them through the API
 * one by one would take hours, so the rows are written with SQL, but from real ones: the service first scores and
 * stores one PHQ-9 for every total from 0 to 24 (item 9 always 0, so no safety alert), and each seeded assessment is a
 * copy of the one with its total (answers, band, flags, version as the service wrote them) for a seeded patient at a
 * seeded time. The patients are in outcomes' patient read model and have their dosing sessions (a first dose after
 * the baseline, then twice a week for four weeks), so the aggregates find baselines, first doses and later scores;
 * their outcome summaries are computed from those rows as outcomes' migration back-fills them.
 */
final class AssessmentSeed {

    static final int PER_PATIENT = 50;
    static final int PATIENTS_PER_CLINIC = 1000;
    static final int SESSIONS_PER_PATIENT = 8;
    /** PHQ-9 totals reachable with item 9 at 0. */
    static final int HIGHEST_TOTAL = 24;

    /** What was written. */
    record Seeded(int patients, int clinics, long assessments, long sessions) {
    }

    private AssessmentSeed() {
    }

    /**
     * Scores the templates through the gateway for {@code patient} of {@code clinic} (known to outcomes), then writes
     * {@code assessments} rows ({@link #PER_PATIENT} per seeded patient) and their patients' sessions.
     */
    static Seeded seed(BenchContext bench, BenchClinic clinic, UUID patient, int assessments) throws Exception {
        recordTemplates(bench, clinic, patient);
        int patients = Math.max(1, assessments / PER_PATIENT);
        int clinics = Math.max(1, patients / PATIENTS_PER_CLINIC);
        try (Connection connection = bench.database("outcomes"); Statement sql = connection.createStatement()) {
            try (PreparedStatement templates = connection.prepareStatement("create temporary table bench_template as"
                    + " select distinct on (total) total, instrument, version, answers, band, flags, prorated, channel,"
                    + " entered_by, entered_by_roles from assessment where patient_id = ? and instrument = 'PHQ_9'"
                    + " order by total, recorded_at")) {
                templates.setObject(1, patient);
                templates.execute();
            }
            try (ResultSet count = sql.executeQuery("select count(*) from bench_template")) {
                count.next();
                if (count.getInt(1) != HIGHEST_TOTAL + 1) {
                    throw new IllegalStateException("expected " + (HIGHEST_TOTAL + 1) + " template assessments");
                }
            }
            // Ids as the service makes them: UUID version 7, the time in the first 48 bits.
            sql.execute("create function pg_temp.uuid7(at timestamptz) returns uuid language sql volatile as $$"
                    + " select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing"
                    + " substring(int8send((extract(epoch from at) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1),"
                    + " 'hex')::uuid $$");
            // Cohorts spread over a year; baselines 15-24; each patient improves by 10-70 % within six weeks.
            sql.execute("create temporary table bench_patient as select i,"
                    + " 'bench-analytics-' || lpad((i % " + clinics + ")::text, 2, '0') as clinic_id,"
                    + " gen_random_uuid() as patient_id,"
                    + " case when i % 2 = 0 then 'IV' else 'ESKETAMINE_INTRANASAL' end as route,"
                    + " date_trunc('hour', now()) - interval '730 days' + (i % 380) * interval '1 day' as first_taken,"
                    + " 15 + i % 10 as baseline, 0.1 + (i % 7) / 10.0 as improvement"
                    + " from generate_series(0, " + (patients - 1) + ") i");
            sql.executeUpdate("insert into patient_profile (patient_id, clinic_id, birth_year, registered_at,"
                    + " received_at) select patient_id, clinic_id, 1950 + i % 50, first_taken - interval '14 days',"
                    + " first_taken - interval '14 days' + interval '1 second' from bench_patient");
            long sessions = sql.executeUpdate(dosingSessions());
            long written = sql.executeUpdate(assessments());
            // The service keeps each patient's outcome summary with every score and dose it records; rows written
            // here bypass it, so the summaries are computed as the migration back-filled them.
            sql.execute("select outcome_summary_refresh(null, null)");
            sql.execute("vacuum analyze patient_profile, dosing_session, assessment, outcome_summary");
            return new Seeded(patients, clinics, written, sessions);
        }
    }

    /** A discharged session as the service leaves it: checklist, dose, (IV) infusion end, readiness, discharge. */
    private static String dosingSessions() {
        return "insert into dosing_session (id, clinic_id, patient_id, appointment_id, plan_id, route, planned_dose_mg,"
                + " planned_dose_mg_per_kg, status, opened_at, pre_dose_checklist, administered_at, administered_by,"
                + " dose_mg, dose_mg_per_kg, devices, lot_number, concomitant_medications, infusion_ended_at,"
                + " readiness_assessed_at, readiness_assessed_by, ready_without_rule_minutes, discharged_at,"
                + " discharged_by, version)"
                + " select pg_temp.uuid7(s.opened), p.clinic_id, p.patient_id, gen_random_uuid(), null, p.route,"
                + " case when esk then 56 end, case when esk then null else 0.5 end, 'DISCHARGED', s.opened,"
                + " '{\"noFoodTwoHours\":true,\"noFluidsThirtyMinutes\":true,"
                + "\"nasalMedicationMinutesBeforeDose\":null,\"vitalsAcceptable\":true}'::jsonb,"
                + " s.opened + interval '10 minutes', 'local-clinician-bench',"
                + " case when esk then 56 end, case when esk then null else 0.5 end, case when esk then 2 end,"
                + " case when esk then 'LOT-BENCH' end,"
                + " case when esk then '{\"benzodiazepines\":false,\"nonBenzodiazepineSedativeHypnotics\":false,"
                + "\"psychostimulants\":false,\"maois\":false,\"opioids\":false}'::jsonb end,"
                + " case when esk then null else s.opened + interval '50 minutes' end,"
                + " s.opened + interval '130 minutes', 'local-clinician-bench', case when esk then 90 end,"
                + " s.opened + interval '135 minutes', 'local-clinician-bench', 5"
                + " from bench_patient p cross join generate_series(0, " + (SESSIONS_PER_PATIENT - 1) + ") j"
                + " cross join lateral (select p.first_taken + interval '8 days' + j * interval '84 hours' as opened,"
                + " p.route = 'ESKETAMINE_INTRANASAL' as esk) s";
    }

    /** Weekly PHQ-9s: two baselines before the first dose, then scores falling by the patient's improvement. */
    private static String assessments() {
        return "insert into assessment (id, clinic_id, patient_id, instrument, version, answers, total, band, flags,"
                + " prorated, taken_at, channel, dosing_session_id, entered_by, entered_by_roles, recorded_at)"
                + " select pg_temp.uuid7(s.taken), p.clinic_id, p.patient_id, t.instrument, t.version, t.answers,"
                + " t.total, t.band, t.flags, t.prorated, s.taken, t.channel, null, t.entered_by, t.entered_by_roles,"
                + " s.taken + interval '2 minutes'"
                + " from bench_patient p cross join generate_series(0, " + (PER_PATIENT - 1) + ") k"
                + " cross join lateral (select p.first_taken + k * interval '7 days' + ((p.i + k) % 10) * interval '1 hour'"
                + " as taken, greatest(0, least(" + HIGHEST_TOTAL + ", case when k < 2 then p.baseline + k"
                + " else round(p.baseline * (1 - p.improvement * least(1.0, (k - 1) / 6.0)))::int"
                + " + ((p.i * 31 + k * 17) % 5) - 2 end)) as total) s"
                + " join bench_template t on t.total = s.total";
    }

    /** One PHQ-9 per total 0..24 for the patient, scored and stored by the service. */
    private static void recordTemplates(BenchContext bench, BenchClinic clinic, UUID patient) throws Exception {
        OffsetDateTime taken = OffsetDateTime.now(ZoneOffset.UTC).minusDays(60);
        for (int total = 0; total <= HIGHEST_TOTAL; total++) {
            List<Integer> answers = new ArrayList<>();
            for (int item = 0; item < 9; item++) {
                answers.add(item == 8 ? 0 : Math.min(3, Math.max(0, total - 3 * item)));
            }
            bench.http().post(bench.gateway() + "/v1/assessments", clinic.staff, "{\"patientId\":\"" + patient
                    + "\",\"instrument\":\"PHQ_9\",\"answers\":" + answers + ",\"takenAt\":\""
                    + taken.plusHours(total) + "\"}").expect(201);
        }
    }
}
