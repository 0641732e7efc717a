-- A monitored dosing session, opened by scheduling's PatientCheckedIn and closed by discharge.
create table dosing_session (
    id                      uuid           primary key,
    clinic_id               varchar(64)    not null,
    patient_id              uuid           not null,
    appointment_id          uuid           not null unique,
    plan_id                 uuid,
    route                   varchar(32)    not null,
    planned_dose_mg         numeric(7, 2),
    planned_dose_mg_per_kg  numeric(5, 3),
    status                  varchar(16)    not null,
    opened_at               timestamptz    not null,
    pre_dose_checklist      jsonb,
    bp_override_by          varchar(200),
    bp_override_reason      varchar(2000),
    administered_at         timestamptz,
    administered_by         varchar(200),
    dose_mg                 numeric(7, 2),
    dose_mg_per_kg          numeric(5, 3),
    devices                 integer,
    lot_number              varchar(64),
    concomitant_medications jsonb,
    infusion_ended_at       timestamptz,
    readiness_assessed_at   timestamptz,
    readiness_assessed_by   varchar(200),
    ready_without_rule_minutes integer,
    discharged_at           timestamptz,
    discharged_by           varchar(200),
    version                 bigint         not null
);
create index dosing_session_patient on dosing_session (clinic_id, patient_id, opened_at, id);
create index dosing_session_open on dosing_session (clinic_id, status, opened_at);

create table session_vitals (
    id                uuid          primary key,
    clinic_id         varchar(64)   not null,
    session_id        uuid          not null references dosing_session (id),
    taken_at          timestamptz   not null,
    systolic          integer,
    diastolic         integer,
    heart_rate        integer,
    spo2              integer,
    respiratory_rate  integer,
    recorded_by       varchar(200)  not null,
    recorded_at       timestamptz   not null
);
create index session_vitals_of on session_vitals (session_id, taken_at);

create table session_observation (
    id                      uuid          primary key,
    clinic_id               varchar(64)   not null,
    session_id              uuid          not null references dosing_session (id),
    observed_at             timestamptz   not null,
    moaas                   integer       not null,
    dissociation            boolean       not null,
    respiratory_depression  boolean       not null,
    note                    varchar(2000),
    recorded_by             varchar(200)  not null
);
create index session_observation_of on session_observation (session_id, observed_at);

create table adverse_event (
    id                    uuid           primary key,
    clinic_id             varchar(64)    not null,
    patient_id            uuid           not null,
    session_id            uuid           references dosing_session (id),
    term                  varchar(200)   not null,
    severity              varchar(16)    not null,
    serious               boolean        not null,
    seriousness_criteria  jsonb          not null,
    outcome               varchar(32)    not null,
    relation_to_dose      varchar(32)    not null,
    onset_at              timestamptz    not null,
    reported_by           varchar(200)   not null,
    reported_at           timestamptz    not null,
    version               bigint         not null
);
create index adverse_event_patient on adverse_event (clinic_id, patient_id, onset_at, id);

-- The SPRAVATO REMS Patient Monitoring Form of each discharged outpatient esketamine session (DOMAIN.md 2.4):
-- due 7 calendar days after the session, flagged from day 5 (rule 3). No patient identity is stored here.
create table rems_monitoring_form (
    session_id      uuid          primary key references dosing_session (id),
    clinic_id       varchar(64)   not null,
    patient_id      uuid          not null,
    treatment_date  date          not null,
    alert_on        date          not null,
    due_on          date          not null,
    form            jsonb         not null,
    submitted_on    date,
    submitted_by    varchar(200),
    reference       varchar(100),
    created_at      timestamptz   not null,
    version         bigint        not null
);
create index rems_monitoring_form_open on rems_monitoring_form (clinic_id, due_on) where submitted_on is null;
