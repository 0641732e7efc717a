package org.carepath.outcomes.assessment.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.outcomes.assessment.domain.Assessment;
import org.carepath.outcomes.assessment.domain.Assessment.Origin;
import org.carepath.outcomes.assessment.domain.Instrument;

/**
 * Each patient's outcome summary per outcome instrument (table {@code outcome_summary}, migration V7): the first dose,
 * the baseline before it, the latest score and the latest assessment after the dose. Why: recording a score and the
 * response/remission aggregate need only these, and reading them from the history costs more with every score. Every
 * write that changes one keeps it current in its own transaction, having first locked the patient's profile row: a
 * dose recomputing the summaries and a score merged into them then never work from each other's stale snapshot.
 * Native SQL is not filtered by the tenant, so every statement here names the clinic.
 */
@ApplicationScoped
public class OutcomeSummaries {

    /**
     * Merges a score into the row in one statement: {@code prev} locks the row (a concurrent score of the patient
     * waits, then reads the row it left), the insert reads {@code prev} so the lock comes first, and the update merges
     * in SQL from the row as it is, so that two first scores racing to insert lose neither. Answers the summary after
     * the score, then the one before it (nulls when there was no row).
     */
    private static final String MERGE = """
            with prev as (
                select baseline_id, baseline_at, baseline_total, baseline_origin,
                       latest_id, latest_at, latest_total, latest_origin
                from outcome_summary where patient_id = ?1 and instrument = ?2 and clinic_id = ?3 for update),
            score as (
                select cast(?4 as uuid) as id, cast(?5 as timestamptz) as taken_at, cast(?6 as integer) as total,
                       cast(?7 as varchar) as origin),
            merged as (
                insert into outcome_summary as s (patient_id, instrument, clinic_id, first_dose_at, first_dose_route,
                    baseline_id, baseline_at, baseline_total, baseline_origin,
                    latest_id, latest_at, latest_total, latest_origin, post_dose_id, post_dose_at, post_dose_total)
                select ?1, ?2, ?3, d.administered_at, d.route, b.id, b.taken_at, b.total, b.origin,
                       x.id, x.taken_at, x.total, x.origin, p.id, p.taken_at, p.total
                from score x
                left join prev on true
                left join lateral (
                    select ds.administered_at, ds.route from dosing_session ds
                    where ds.clinic_id = ?3 and ds.patient_id = ?1 and ds.administered_at is not null
                    order by ds.administered_at limit 1) d on true
                left join lateral (select x.* where x.taken_at <= d.administered_at) b on true
                left join lateral (select x.* where x.origin = 'ASSESSMENT' and x.taken_at > d.administered_at) p
                    on true
                on conflict (patient_id, instrument) do update set
                    (baseline_id, baseline_at, baseline_total, baseline_origin) = (
                        select c.id, c.taken_at, c.total, c.origin from (values
                            (s.baseline_id, s.baseline_at, s.baseline_total, s.baseline_origin),
                            (excluded.latest_id, excluded.latest_at, excluded.latest_total, excluded.latest_origin))
                            c (id, taken_at, total, origin)
                        where c.taken_at <= s.first_dose_at
                        order by c.taken_at desc, c.origin = 'ASSESSMENT' desc, c.id desc limit 1),
                    (latest_id, latest_at, latest_total, latest_origin) = (
                        select c.id, c.taken_at, c.total, c.origin from (values
                            (s.latest_id, s.latest_at, s.latest_total, s.latest_origin),
                            (excluded.latest_id, excluded.latest_at, excluded.latest_total, excluded.latest_origin))
                            c (id, taken_at, total, origin)
                        order by c.taken_at desc, c.origin = 'ASSESSMENT' desc, c.id desc limit 1),
                    (post_dose_id, post_dose_at, post_dose_total) = (
                        select c.id, c.taken_at, c.total from (values
                            (s.post_dose_id, s.post_dose_at, s.post_dose_total, cast('ASSESSMENT' as varchar)),
                            (excluded.latest_id, excluded.latest_at, excluded.latest_total, excluded.latest_origin))
                            c (id, taken_at, total, origin)
                        where c.origin = 'ASSESSMENT' and c.taken_at > s.first_dose_at
                        order by c.taken_at desc, c.id desc limit 1)
                where s.clinic_id = excluded.clinic_id
                returning s.first_dose_at, s.baseline_id, s.baseline_at, s.baseline_total, s.baseline_origin,
                          s.latest_id, s.latest_at, s.latest_total, s.latest_origin)
            select m.first_dose_at, m.baseline_id, m.baseline_at, m.baseline_total, m.baseline_origin,
                   m.latest_id, m.latest_at, m.latest_total, m.latest_origin,
                   p.baseline_id, p.baseline_at, p.baseline_total, p.baseline_origin,
                   p.latest_id, p.latest_at, p.latest_total, p.latest_origin
            from merged m left join prev p on true""";

    /**
     * The part of a summary a trajectory reads.
     *
     * @param baseline null without a score at or before the first dose, or without a dose
     */
    public record Summary(Assessment baseline, Assessment latest) {

        /** The baseline and the latest score, each once, in time order: all a trajectory needs but the relapse rule. */
        public List<Assessment> scores() {
            List<Assessment> scores = new ArrayList<>(2);
            if (baseline != null) {
                scores.add(baseline);
            }
            if (baseline == null || !baseline.id().equals(latest.id())) {
                scores.add(latest);
            }
            return scores;
        }
    }

    /**
     * @param before null when the score is the patient's first of the instrument
     * @param firstDoseAt null until the first dose
     */
    public record Change(Summary before, Summary after, OffsetDateTime firstDoseAt) {
    }

    @Inject
    EntityManager em;

    /** Adds an outcome instrument's score of a patient of the clinic to their summary. */
    public Change record(String clinicId, UUID patientId, Assessment score) {
        if (!score.instrument().outcomeMeasure()) {
            throw new IllegalArgumentException("only outcome instruments are summarised");
        }
        List<?> rows = em.createNativeQuery(MERGE)
                .setParameter(1, patientId)
                .setParameter(2, score.instrument().name())
                .setParameter(3, clinicId)
                .setParameter(4, score.id())
                .setParameter(5, score.takenAt())
                .setParameter(6, score.total())
                .setParameter(7, score.origin().name())
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("the outcome summary of the patient belongs to another clinic");
        }
        Object[] row = (Object[]) rows.get(0);
        Summary after = new Summary(score(row, 1, score.instrument()), score(row, 5, score.instrument()));
        Summary before = row[13] == null ? null
                : new Summary(score(row, 9, score.instrument()), score(row, 13, score.instrument()));
        return new Change(before, after, time(row[0]));
    }

    /**
     * Recomputes the patient's summaries from the history, as written so far in this transaction: after a dose,
     * which may be the first and so end the baseline window.
     */
    public void refresh(String clinicId, UUID patientId) {
        em.flush();
        em.createNativeQuery("select 1 from outcome_summary_refresh(?1, ?2)")
                .setParameter(1, clinicId)
                .setParameter(2, patientId)
                .getResultList();
    }

    /** The score in columns {@code from} (id, time, total, origin) of a row; null when there is none. */
    private static Assessment score(Object[] row, int from, Instrument instrument) {
        if (row[from] == null) {
            return null;
        }
        return new Assessment((UUID) row[from], time(row[from + 1]), instrument, ((Number) row[from + 2]).intValue(),
                Origin.valueOf((String) row[from + 3]));
    }

    /** A timestamptz, which Hibernate hands an untyped native query as an Instant; at UTC, as the entities read. */
    private static OffsetDateTime time(Object value) {
        return value == null ? null : ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
