-- Baseline PHQ-9 and GAD-7 totals from intake's screenings: scores like any assessment for choosing the baseline
-- before the first dose (DOMAIN.md 4.8). Totals only; the answers and the rest of the screening stay in intake.
create table screening_score (
    id            uuid          primary key,
    clinic_id     varchar(64)   not null,
    patient_id    uuid          not null,
    screening_id  uuid          not null,
    instrument    varchar(32)   not null,
    total         integer       not null,
    taken_at      timestamptz   not null,
    received_at   timestamptz   not null,
    unique (screening_id, instrument)
);
create index screening_score_patient on screening_score (patient_id, instrument, taken_at desc)
    include (total, clinic_id);
