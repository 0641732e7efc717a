-- Safety alerts raised by outcomes hold a patient's eligibility at review-required until resolved.
create table safety_hold (
    alert_id     uuid         primary key,
    clinic_id    varchar(64)  not null,
    patient_id   uuid         not null references patient (id),
    reason_code  varchar(100) not null,
    raised_at    timestamptz  not null,
    resolved_at  timestamptz
);
create index safety_hold_open on safety_hold (clinic_id, patient_id) where resolved_at is null;
