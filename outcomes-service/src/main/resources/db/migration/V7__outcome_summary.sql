-- One row per patient and outcome instrument: what recording a score and the response/remission aggregate need from
-- the patient's history, so that neither reads it (the history grows with every score). Scores are ordered as
-- trajectories order them: by time, a screening's total before an assessment taken at the same moment, then by id.
-- - first_dose_at, first_dose_route: the patient's earliest dose, the end of the baseline window; null until dosed.
-- - baseline_*: the last score at or before the first dose, an assessment or a screening's total (origin ASSESSMENT
--   or SCREENING; the id of a screening's total is the screening's); null without a dose or without such a score.
-- - latest_*: the latest score of either origin.
-- - post_dose_*: the latest assessment after the first dose, the one the aggregates compare with the baseline.
-- Every write that changes one of these (an assessment, a screening's total, a dose) updates the row in its own
-- transaction; outcome_summary_refresh recomputes rows from the history.
create table outcome_summary (
    patient_id        uuid          not null,
    instrument        varchar(32)   not null,
    clinic_id         varchar(64)   not null,
    first_dose_at     timestamptz,
    first_dose_route  varchar(32),
    baseline_id       uuid,
    baseline_at       timestamptz,
    baseline_total    integer,
    baseline_origin   varchar(16),
    latest_id         uuid          not null,
    latest_at         timestamptz   not null,
    latest_total      integer       not null,
    latest_origin     varchar(16)   not null,
    post_dose_id      uuid,
    post_dose_at      timestamptz,
    post_dose_total   integer,
    primary key (patient_id, instrument)
);
-- The aggregates read the patients of one instrument (in one clinic or all) who have a baseline, from this alone.
create index outcome_summary_cohort on outcome_summary (instrument, clinic_id)
    include (patient_id, first_dose_at, first_dose_route, baseline_total, post_dose_total)
    where baseline_total is not null;

-- The last score of a patient on an instrument taken at or before a moment, assessment or screening: one index entry
-- of each table.
create function outcome_summary_last_score(p_clinic_id varchar, p_patient_id uuid, p_instrument varchar,
        p_until timestamptz)
    returns table (id uuid, taken_at timestamptz, total integer, origin varchar)
    language sql stable as $$
    select s.id, s.taken_at, s.total, s.origin from (
        (select a.id, a.taken_at, a.total, cast('ASSESSMENT' as varchar) as origin from assessment a
         where a.patient_id = p_patient_id and a.instrument = p_instrument and a.clinic_id = p_clinic_id
           and a.taken_at <= p_until
         order by a.taken_at desc, a.id desc limit 1)
        union all
        (select c.screening_id, c.taken_at, c.total, cast('SCREENING' as varchar) from screening_score c
         where c.patient_id = p_patient_id and c.instrument = p_instrument and c.clinic_id = p_clinic_id
           and c.taken_at <= p_until
         order by c.taken_at desc, c.screening_id desc limit 1)) s
    order by s.taken_at desc, s.origin = 'ASSESSMENT' desc, s.id desc limit 1
$$;

-- Recomputes from the history the summaries of one patient of one clinic, or, given nulls, of every patient (the
-- back-fill below; the benchmark's seed). A dose calls it for its patient, as the first dose moves the baseline.
-- Outcome instruments: Instrument.outcomeMeasure().
create function outcome_summary_refresh(p_clinic_id varchar, p_patient_id uuid) returns void
    language plpgsql as $$
begin
    insert into outcome_summary as s (patient_id, instrument, clinic_id, first_dose_at, first_dose_route,
        baseline_id, baseline_at, baseline_total, baseline_origin, latest_id, latest_at, latest_total, latest_origin,
        post_dose_id, post_dose_at, post_dose_total)
    select k.patient_id, k.instrument, k.clinic_id, d.administered_at, d.route,
           b.id, b.taken_at, b.total, b.origin, l.id, l.taken_at, l.total, l.origin, p.id, p.taken_at, p.total
    from (select a.patient_id, a.instrument, a.clinic_id from assessment a
          where a.instrument in ('PHQ_9', 'GAD_7', 'PCL_5', 'MADRS', 'QIDS_SR16')
            and (p_patient_id is null or (a.patient_id = p_patient_id and a.clinic_id = p_clinic_id))
          union
          select c.patient_id, c.instrument, c.clinic_id from screening_score c
          where p_patient_id is null or (c.patient_id = p_patient_id and c.clinic_id = p_clinic_id)) k
    left join lateral (
        select ds.administered_at, ds.route from dosing_session ds
        where ds.clinic_id = k.clinic_id and ds.patient_id = k.patient_id and ds.administered_at is not null
        order by ds.administered_at limit 1) d on true
    left join lateral outcome_summary_last_score(k.clinic_id, k.patient_id, k.instrument, d.administered_at) b
        on true
    cross join lateral outcome_summary_last_score(k.clinic_id, k.patient_id, k.instrument, 'infinity') l
    left join lateral (
        select a.id, a.taken_at, a.total from assessment a
        where a.patient_id = k.patient_id and a.instrument = k.instrument and a.clinic_id = k.clinic_id
          and a.taken_at > d.administered_at
        order by a.taken_at desc, a.id desc limit 1) p on true
    on conflict (patient_id, instrument) do update set
        first_dose_at = excluded.first_dose_at, first_dose_route = excluded.first_dose_route,
        baseline_id = excluded.baseline_id, baseline_at = excluded.baseline_at,
        baseline_total = excluded.baseline_total, baseline_origin = excluded.baseline_origin,
        latest_id = excluded.latest_id, latest_at = excluded.latest_at, latest_total = excluded.latest_total,
        latest_origin = excluded.latest_origin,
        post_dose_id = excluded.post_dose_id, post_dose_at = excluded.post_dose_at,
        post_dose_total = excluded.post_dose_total
    where s.clinic_id = excluded.clinic_id
      and (s.first_dose_at, s.first_dose_route, s.baseline_id, s.latest_id, s.post_dose_id)
          is distinct from (excluded.first_dose_at, excluded.first_dose_route, excluded.baseline_id,
                            excluded.latest_id, excluded.post_dose_id);
end
$$;

select outcome_summary_refresh(null, null);
