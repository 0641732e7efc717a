package org.carepath.outcomes.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.carepath.outcomes.assessment.domain.Instrument;
import org.carepath.outcomes.assessment.domain.OutcomePolicy;

/**
 * Aggregates for analytics, computed in SQL over the outcome summaries and the indexed outcome tables: no
 * patient-level rows leave here, and a group smaller than the minimum cell size shows no counts (small cells can
 * re-identify). Cohort = the calendar month (UTC) of a patient's first dose; route = the route of that dose.
 */
@ApplicationScoped
public class OutcomeAggregates {

    /** One group's counts; null counts when the group is suppressed. */
    public record ResponseRemission(String clinicId, String route, String cohortMonth, boolean suppressed,
            Long patients, Long responders, Long remitters, BigDecimal responseRate, BigDecimal remissionRate) {
    }

    public record SessionsToResponse(String clinicId, String route, String cohortMonth, boolean suppressed,
            Long responders, BigDecimal meanSessions, BigDecimal medianSessions) {
    }

    public record SafetyRates(String clinicId, String route, String month, boolean suppressed, Long sessions,
            Long adverseEvents, Long seriousAdverseEvents, Long safetyAlerts, BigDecimal adverseEventsPer100Sessions,
            BigDecimal safetyAlertsPer100Sessions) {
    }

    public static final String ALL_CLINICS = "*";

    /**
     * Each patient's first dose, with the baseline: their latest score of the instrument at or before that dose, an
     * assessment or a screening's total (an assessment when both were taken at once); a patient without one is in no
     * cohort. Read from the outcome summaries (migration V7), one row per patient, which also give the latest
     * assessment after the first dose: the cost grows with patients, not with assessments.
     */
    private static final String COHORTS = """
            with cohort as (
                select clinic_id, patient_id, first_dose_route as route, first_dose_at as first_at,
                       baseline_total as baseline, post_dose_total as latest
                from outcome_summary
                where instrument = ?2 and baseline_total is not null and (?1 = '*' or clinic_id = ?1))
            """;

    @Inject
    EntityManager em;

    /** {@code clinicId} {@link #ALL_CLINICS} = every clinic (a suite-wide analytics role). */
    public List<ResponseRemission> responseAndRemission(String clinicId, Instrument instrument, OutcomePolicy policy,
            int minCell) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COHORTS + """
                select c.clinic_id, c.route, to_char(c.first_at at time zone 'UTC', 'YYYY-MM') as cohort,
                       count(*) as patients,
                       count(*) filter (where c.baseline > 0 and (c.baseline - c.latest) * 100 >= ?3 * c.baseline)
                           as responders,
                       count(*) filter (where c.latest <= ?4) as remitters
                from cohort c where c.latest is not null
                group by 1, 2, 3 order by 1, 2, 3""")
                .setParameter(1, clinicId).setParameter(2, instrument.name())
                .setParameter(3, policy.responseReductionPercent()).setParameter(4, remissionAtOrBelow(instrument, policy))
                .getResultList();
        return rows.stream().map(r -> {
            long patients = ((Number) r[3]).longValue();
            if (patients < minCell) {
                return new ResponseRemission((String) r[0], (String) r[1], (String) r[2], true, null, null, null, null, null);
            }
            long responders = ((Number) r[4]).longValue();
            long remitters = ((Number) r[5]).longValue();
            return new ResponseRemission((String) r[0], (String) r[1], (String) r[2], false, patients, responders,
                    remitters, rate(responders, patients, 1), rate(remitters, patients, 1));
        }).toList();
    }

    public List<SessionsToResponse> sessionsToResponse(String clinicId, Instrument instrument, OutcomePolicy policy,
            int minCell) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COHORTS + """
                select c.clinic_id, c.route, to_char(c.first_at at time zone 'UTC', 'YYYY-MM') as cohort,
                       count(*) as responders, avg(s.sessions) as mean_sessions,
                       percentile_cont(0.5) within group (order by s.sessions) as median_sessions
                from cohort c cross join lateral (
                    select a.taken_at from assessment a
                    where a.patient_id = c.patient_id and a.instrument = ?2 and a.taken_at > c.first_at
                      and a.clinic_id = c.clinic_id
                      and c.baseline > 0 and (c.baseline - a.total) * 100 >= ?3 * c.baseline
                    order by a.taken_at limit 1) r
                cross join lateral (
                    select count(*) as sessions from dosing_session d
                    where d.clinic_id = c.clinic_id and d.patient_id = c.patient_id
                      and d.administered_at is not null and d.administered_at < r.taken_at) s
                group by 1, 2, 3 order by 1, 2, 3""")
                .setParameter(1, clinicId).setParameter(2, instrument.name())
                .setParameter(3, policy.responseReductionPercent())
                .getResultList();
        return rows.stream().map(r -> {
            long responders = ((Number) r[3]).longValue();
            if (responders < minCell) {
                return new SessionsToResponse((String) r[0], (String) r[1], (String) r[2], true, null, null, null);
            }
            return new SessionsToResponse((String) r[0], (String) r[1], (String) r[2], false, responders,
                    decimal(r[4]), decimal(r[5]));
        }).toList();
    }

    /** Adverse events and safety alerts per 100 administered sessions, by clinic, route and month of the session. */
    public List<SafetyRates> safetyRates(String clinicId, int minCell) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.clinic_id, s.route, to_char(s.administered_at at time zone 'UTC', 'YYYY-MM') as month,
                       count(distinct s.id) as sessions,
                       count(distinct e.id) as adverse_events,
                       count(distinct e.id) filter (where e.serious) as serious_events,
                       count(distinct a.id) as alerts
                from dosing_session s
                left join adverse_event e on e.session_id = s.id
                left join safety_alert a on a.patient_id = s.patient_id and a.clinic_id = s.clinic_id
                     and a.raised_at >= s.administered_at
                     and a.raised_at < coalesce(s.discharged_at, s.administered_at + interval '1 day')
                where s.administered_at is not null and (?1 = '*' or s.clinic_id = ?1)
                group by 1, 2, 3 order by 1, 2, 3""")
                .setParameter(1, clinicId)
                .getResultList();
        return rows.stream().map(r -> {
            long sessions = ((Number) r[3]).longValue();
            if (sessions < minCell) {
                return new SafetyRates((String) r[0], (String) r[1], (String) r[2], true, null, null, null, null, null,
                        null);
            }
            long events = ((Number) r[4]).longValue();
            long alerts = ((Number) r[6]).longValue();
            return new SafetyRates((String) r[0], (String) r[1], (String) r[2], false, sessions, events,
                    ((Number) r[5]).longValue(), alerts, rate(events, sessions, 100), rate(alerts, sessions, 100));
        }).toList();
    }

    private static int remissionAtOrBelow(Instrument instrument, OutcomePolicy policy) {
        return switch (instrument) {
            case PHQ_9 -> policy.phq9RemissionBelow() - 1;
            case MADRS -> policy.madrsRemissionAtOrBelow();
            default -> throw new IllegalArgumentException("remission is defined for PHQ-9 and MADRS only");
        };
    }

    private static BigDecimal rate(long count, long of, int per) {
        return BigDecimal.valueOf(count * (long) per).divide(BigDecimal.valueOf(of), 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
