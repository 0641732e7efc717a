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
 * Aggregates for analytics, computed in SQL over the indexed outcome tables: no patient-level rows leave here, and a
 * group smaller than the minimum cell size shows no counts (small cells can re-identify). Cohort = the calendar
 * month (UTC) of a patient's first dose; route = the route of that dose.
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

    private static final String COHORTS = """
            with first_dose as (
                select distinct on (clinic_id, patient_id) clinic_id, patient_id, administered_at as first_at, route
                from dosing_session where administered_at is not null and (?1 = '*' or clinic_id = ?1)
                order by clinic_id, patient_id, administered_at),
            baseline as (
                select distinct on (a.patient_id) a.patient_id, a.total
                from assessment a join first_dose f on f.clinic_id = a.clinic_id and f.patient_id = a.patient_id
                where a.instrument = ?2 and a.taken_at <= f.first_at
                order by a.patient_id, a.taken_at desc),
            after_dose as (
                select a.patient_id, a.total, a.taken_at
                from assessment a join first_dose f on f.clinic_id = a.clinic_id and f.patient_id = a.patient_id
                where a.instrument = ?2 and a.taken_at > f.first_at),
            latest as (
                select distinct on (patient_id) patient_id, total from after_dose order by patient_id, taken_at desc)
            """;

    @Inject
    EntityManager em;

    /** {@code clinicId} {@link #ALL_CLINICS} = every clinic (a suite-wide analytics role). */
    public List<ResponseRemission> responseAndRemission(String clinicId, Instrument instrument, OutcomePolicy policy,
            int minCell) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COHORTS + """
                select f.clinic_id, f.route, to_char(f.first_at at time zone 'UTC', 'YYYY-MM') as cohort,
                       count(*) as patients,
                       count(*) filter (where b.total > 0 and (b.total - l.total) * 100 >= ?3 * b.total) as responders,
                       count(*) filter (where l.total <= ?4) as remitters
                from first_dose f join baseline b using (patient_id) join latest l using (patient_id)
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
                , first_response as (
                    select distinct on (d.patient_id) d.patient_id, d.taken_at
                    from after_dose d join baseline b using (patient_id)
                    where b.total > 0 and (b.total - d.total) * 100 >= ?3 * b.total
                    order by d.patient_id, d.taken_at),
                sessions as (
                    select r.patient_id, count(s.id) as sessions
                    from first_response r join dosing_session s on s.patient_id = r.patient_id
                    where s.administered_at is not null and s.administered_at < r.taken_at
                    group by r.patient_id)
                select f.clinic_id, f.route, to_char(f.first_at at time zone 'UTC', 'YYYY-MM') as cohort,
                       count(*) as responders, avg(s.sessions) as mean_sessions,
                       percentile_cont(0.5) within group (order by s.sessions) as median_sessions
                from first_dose f join sessions s using (patient_id)
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
