-- Treatment plans: route, drug, doses, schedules; drafted, approved by a prescriber, then run.
create table treatment_plan (
    id                           uuid          primary key,
    clinic_id                    varchar(64)   not null,
    patient_id                   uuid          not null references patient (id),
    status                       varchar(16)   not null,
    route                        varchar(32)   not null,
    drug                         varchar(32)   not null,
    first_dose_mg                numeric(7, 2),
    first_dose_mg_per_kg         numeric(5, 3),
    subsequent_dose_mg           numeric(7, 2),
    subsequent_dose_mg_per_kg    numeric(5, 3),
    infusion_minutes             integer,
    induction_sessions_per_week  integer       not null,
    induction_weeks              integer       not null,
    maintenance_interval_weeks   integer,
    integration_sessions         integer       not null,
    reassessment_weeks           jsonb         not null,
    created_at                   timestamptz   not null,
    created_by                   varchar(255)  not null,
    approved_at                  timestamptz,
    approved_by                  varchar(255),
    discontinued_reason          varchar(2000),
    status_changed_at            timestamptz   not null,
    version                      bigint        not null
);
create index treatment_plan_patient on treatment_plan (clinic_id, patient_id, id);
