-- Tables of the CarePath chassis, present in every service's database.

-- Transactional outbox: rows written in the use case's transaction, published by the relay in id order.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    record_key   varchar(200) not null,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(400),
    clinic_id    varchar(64),
    request_id   varchar(128),
    occurred_at  timestamptz  not null,
    payload      jsonb        not null,
    sent_at      timestamptz
);
create index outbox_event_pending on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Inbox: the ids of events each handler has applied, written in the same transaction as the effect.
create table inbox_event (
    consumer     varchar(200) not null,
    event_id     uuid         not null,
    event_type   varchar(200) not null,
    topic        varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);

-- Audit trail: one row per read or write of protected health information.
create table audit_record (
    id            uuid         primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(255) not null,
    roles         varchar(255) not null,
    clinic_id     varchar(64),
    action        varchar(16)  not null,
    resource_type varchar(100) not null,
    resource_id   varchar(100),
    outcome       varchar(16)  not null,
    request_id    varchar(128)
);
create index audit_record_resource on audit_record (resource_type, resource_id);
create index audit_record_clinic_time on audit_record (clinic_id, occurred_at);

-- Idempotency-Key reservations and the responses to replay.
create table idempotency_record (
    scope                 varchar(400) not null,
    idempotency_key       varchar(255) not null,
    request_hash          varchar(64)  not null,
    state                 varchar(16)  not null,
    created_at            timestamptz  not null,
    completed_at          timestamptz,
    response_status       integer,
    response_content_type varchar(200),
    response_location     varchar(2000),
    response_etag         varchar(200),
    response_body         text,
    primary key (scope, idempotency_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
