-- btree_gist lets one exclusion constraint combine equality on an id with overlap of a time range.
create extension if not exists btree_gist;

create table appointment_series (
    id                 uuid          primary key,
    clinic_id          varchar(64)   not null,
    patient_id         uuid          not null,
    plan_id            uuid          not null,
    type               varchar(32)   not null,
    first_day          date          not null,
    sessions_per_week  integer       not null,
    weeks              integer       not null,
    unplaced           jsonb         not null,
    created_by         varchar(200)  not null,
    created_at         timestamptz   not null
);
create index appointment_series_patient on appointment_series (clinic_id, patient_id);

create table appointment (
    id                       uuid          primary key,
    clinic_id                varchar(64)   not null,
    patient_id               uuid          not null,
    type                     varchar(32)   not null,
    route                    varchar(32),
    plan_id                  uuid,
    series_id                uuid          references appointment_series (id),
    provider_id              uuid          not null references provider (id),
    room_id                  uuid          not null references room (id),
    starts_at                timestamptz   not null,
    ends_at                  timestamptz   not null,
    -- ends_at plus the type's buffer: how long the provider and room stay occupied.
    blocked_until            timestamptz   not null,
    status                   varchar(16)   not null,
    hold_expires_at          timestamptz,
    rescheduled_from         uuid          references appointment (id),
    rescheduled_to           uuid          references appointment (id),
    cancel_reason            varchar(32),
    late_cancellation        boolean,
    escort_name              varchar(200),
    no_driving_acknowledged  boolean,
    checked_in_at            timestamptz,
    completed_at             timestamptz,
    dosing_session_id        uuid,
    booked_by                varchar(200)  not null,
    created_at               timestamptz   not null,
    version                  bigint        not null,
    constraint appointment_ordered check (ends_at > starts_at and blocked_until >= ends_at),
    -- The database, not the application, guarantees that nobody is in two places at once: under concurrent
    -- bookings of one slot exactly one insert succeeds and the rest fail with 23P01 naming the constraint.
    constraint appointment_provider_free exclude using gist
        (provider_id with =, tstzrange(starts_at, blocked_until) with &&)
        where (status in ('HELD', 'BOOKED', 'CHECKED_IN')),
    constraint appointment_room_free exclude using gist
        (room_id with =, tstzrange(starts_at, blocked_until) with &&)
        where (status in ('HELD', 'BOOKED', 'CHECKED_IN')),
    constraint appointment_patient_free exclude using gist
        (patient_id with =, tstzrange(starts_at, ends_at) with &&)
        where (status in ('HELD', 'BOOKED', 'CHECKED_IN'))
);
create index appointment_patient_time on appointment (clinic_id, patient_id, starts_at, id);
create index appointment_provider_time on appointment (clinic_id, provider_id, starts_at, id);
create index appointment_clinic_time on appointment (clinic_id, starts_at, id);
create index appointment_series_member on appointment (series_id) where series_id is not null;
create index appointment_expired_holds on appointment (hold_expires_at) where status = 'HELD';

-- Every status change: who, when, why.
create table appointment_transition (
    id              uuid          primary key,
    clinic_id       varchar(64)   not null,
    appointment_id  uuid          not null references appointment (id),
    from_status     varchar(16),
    to_status       varchar(16)   not null,
    reason          varchar(32),
    note            varchar(2000),
    actor           varchar(200)  not null,
    actor_roles     varchar(200)  not null,
    at              timestamptz   not null
);
create index appointment_transition_of on appointment_transition (appointment_id, at);
