-- Read model of intake's patients: the ids scheduling may book for. No demographics.
create table patient_reference (
    patient_id     uuid        primary key,
    clinic_id      varchar(64) not null,
    registered_at  timestamptz not null,
    received_at    timestamptz not null
);
create index patient_reference_clinic on patient_reference (clinic_id, patient_id);
