-- Consents on file: kind, form version, who signed when; withdrawal is recorded, never a deletion.
create table consent (
    id                    uuid          primary key,
    clinic_id             varchar(64)   not null,
    patient_id            uuid          not null references patient (id),
    kind                  varchar(40)   not null,
    form_version          varchar(40)   not null,
    signed_at             timestamptz   not null,
    prescriber_signed_at  timestamptz,
    rems_enrollment_id    varchar(40),
    status                varchar(16)   not null,
    withdrawn_at          timestamptz,
    withdrawal_reason     varchar(2000),
    recorded_at           timestamptz   not null,
    recorded_by           varchar(255)  not null,
    version               bigint        not null,
    constraint rems_enrollment_signed_by_prescriber
        check (kind <> 'REMS_PATIENT_ENROLLMENT' or prescriber_signed_at is not null)
);
create index consent_patient on consent (clinic_id, patient_id, kind, status);
