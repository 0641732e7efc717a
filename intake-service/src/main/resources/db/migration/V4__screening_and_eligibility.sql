-- A structured evaluation and the eligibility decisions made from it.
create table screening (
    id                     uuid         primary key,
    clinic_id              varchar(64)  not null,
    patient_id             uuid         not null references patient (id),
    assessed_on            date         not null,
    indication             varchar(32)  not null,
    requested_routes       jsonb        not null,
    history                jsonb        not null,
    medications            jsonb        not null,
    antidepressant_trials  jsonb        not null,
    phq9_answers           jsonb        not null,
    phq9_total             integer      not null,
    gad7_answers           jsonb        not null,
    gad7_total             integer      not null,
    cssrs                  jsonb        not null,
    baseline_systolic      integer,
    baseline_diastolic     integer,
    baseline_heart_rate    integer,
    recorded_at            timestamptz  not null,
    recorded_by            varchar(255) not null
);
create index screening_patient on screening (clinic_id, patient_id, id);

-- Decisions are history: appended, never changed. A prescriber's sign-off or override is a new row.
create table eligibility_decision (
    id                uuid         primary key,
    clinic_id         varchar(64)  not null,
    patient_id        uuid         not null references patient (id),
    screening_id      uuid         not null references screening (id),
    kind              varchar(16)  not null,
    routes            jsonb        not null,
    medication_flags  jsonb        not null,
    suicide_risk      varchar(16)  not null,
    urgent            boolean      not null,
    decided_at        timestamptz  not null,
    decided_by        varchar(255) not null
);
create index eligibility_decision_patient on eligibility_decision (clinic_id, patient_id, decided_at);

create function eligibility_decision_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'eligibility decisions are immutable';
end;
$$;
create trigger eligibility_decision_immutable before update or delete on eligibility_decision
    for each row execute function eligibility_decision_is_immutable();
