-- Read models of intake's decisions that gate dosing bookings: the eligibility in force per patient
-- and route, and each treatment plan's status and schedule.
create table patient_eligibility (
    patient_id   uuid         primary key,
    clinic_id    varchar(64)  not null,
    decision_id  uuid         not null,
    kind         varchar(32)  not null,
    routes       jsonb        not null,
    urgent       boolean      not null,
    decided_at   timestamptz  not null,
    received_at  timestamptz  not null
);

create table treatment_plan_ref (
    plan_id                      uuid          primary key,
    clinic_id                    varchar(64)   not null,
    patient_id                   uuid          not null,
    status                       varchar(16)   not null,
    route                        varchar(32)   not null,
    drug                         varchar(32)   not null,
    first_dose_mg                numeric(7, 2),
    first_dose_mg_per_kg         numeric(5, 3),
    subsequent_dose_mg           numeric(7, 2),
    subsequent_dose_mg_per_kg    numeric(5, 3),
    induction_sessions_per_week  integer       not null,
    induction_weeks              integer       not null,
    maintenance_interval_weeks   integer,
    changed_at                   timestamptz   not null
);
create index treatment_plan_ref_patient on treatment_plan_ref (clinic_id, patient_id, status);
