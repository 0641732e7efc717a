-- A clinic's booking settings: one row per tenant. Opening hours and provider duty hours are weekly patterns
-- in the clinic's time zone, stored whole because they are always read and replaced whole.
create table clinic (
    id                uuid          primary key,
    clinic_id         varchar(64)   not null unique,
    name              varchar(200)  not null,
    time_zone         varchar(64)   not null,
    opening_hours     jsonb         not null,
    routes_offered    jsonb         not null,
    rems_certified    boolean       not null,
    rems_setting_id   varchar(64),
    policy_overrides  jsonb         not null,
    version           bigint        not null,
    updated_at        timestamptz   not null
);

create table clinic_closure (
    id          uuid          primary key,
    clinic_id   varchar(64)   not null,
    starts_at   timestamptz   not null,
    ends_at     timestamptz   not null,
    reason      varchar(200)  not null,
    created_at  timestamptz   not null,
    constraint clinic_closure_ordered check (ends_at > starts_at)
);
create index clinic_closure_ends on clinic_closure (clinic_id, ends_at);

create table provider (
    id            uuid          primary key,
    clinic_id     varchar(64)   not null,
    display_name  varchar(200)  not null,
    roles         jsonb         not null,
    duty_hours    jsonb         not null,
    active        boolean       not null,
    version       bigint        not null,
    created_at    timestamptz   not null
);
create index provider_clinic on provider (clinic_id, id);

create table provider_leave (
    id           uuid          primary key,
    clinic_id    varchar(64)   not null,
    provider_id  uuid          not null references provider (id),
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    reason       varchar(200)  not null,
    created_at   timestamptz   not null,
    constraint provider_leave_ordered check (ends_at > starts_at)
);
create index provider_leave_ends on provider_leave (clinic_id, provider_id, ends_at);

create table room (
    id            uuid          primary key,
    clinic_id     varchar(64)   not null,
    name          varchar(100)  not null,
    capabilities  jsonb         not null,
    active        boolean       not null,
    version       bigint        not null,
    created_at    timestamptz   not null
);
create index room_clinic on room (clinic_id, id);

-- Intake's REMS patient enrollments and outcomes' safety alerts, as read models for the dosing gates.
create table rems_enrollment (
    consent_id    uuid          primary key,
    clinic_id     varchar(64)   not null,
    patient_id    uuid          not null,
    signed_at     timestamptz   not null,
    withdrawn_at  timestamptz
);
create index rems_enrollment_patient on rems_enrollment (clinic_id, patient_id) where withdrawn_at is null;

create table safety_alert (
    alert_id     uuid          primary key,
    clinic_id    varchar(64)   not null,
    patient_id   uuid          not null,
    level        varchar(16)   not null,
    reason_code  varchar(100)  not null,
    raised_at    timestamptz   not null,
    resolved_at  timestamptz
);
create index safety_alert_open on safety_alert (clinic_id, patient_id) where resolved_at is null;
