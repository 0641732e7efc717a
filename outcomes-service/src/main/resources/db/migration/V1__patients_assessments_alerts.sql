-- Read model of intake's patients: the clinic and the birth year (age rules, capped age bands), nothing else.
create table patient_profile (
    patient_id     uuid          primary key,
    clinic_id      varchar(64)   not null,
    birth_year     integer,
    registered_at  timestamptz   not null,
    received_at    timestamptz   not null
);

create table assessment (
    id                 uuid           primary key,
    clinic_id          varchar(64)    not null,
    patient_id         uuid           not null,
    instrument         varchar(32)    not null,
    version            varchar(100)   not null,
    answers            jsonb          not null,
    total              integer,
    band               varchar(64),
    flags              jsonb          not null,
    prorated           boolean        not null,
    taken_at           timestamptz    not null,
    channel            varchar(16)    not null,
    dosing_session_id  uuid,
    entered_by         varchar(200)   not null,
    entered_by_roles   varchar(200)   not null,
    recorded_at        timestamptz    not null
);
create index assessment_patient on assessment (clinic_id, patient_id, instrument, taken_at, id);

create table safety_alert (
    id                uuid           primary key,
    clinic_id         varchar(64)    not null,
    patient_id        uuid           not null,
    level             varchar(16)    not null,
    reason_code       varchar(100)   not null,
    source            varchar(32)    not null,
    source_id         uuid           not null,
    channel           varchar(16)    not null,
    status            varchar(16)    not null,
    raised_at         timestamptz    not null,
    acknowledged_at   timestamptz,
    acknowledged_by   varchar(200),
    resolved_at       timestamptz,
    resolved_by       varchar(200),
    resolution_note   varchar(2000),
    version           bigint         not null
);
create index safety_alert_status on safety_alert (clinic_id, status, raised_at, id);
create index safety_alert_patient on safety_alert (clinic_id, patient_id, raised_at, id);
