-- The analytics pseudonym of each patient: random, never derived from the patient id (164.514(c)), in a table of
-- its own so the link can be kept away from the analytics side.
create table patient_pseudonym (
    patient_id  uuid          primary key,
    clinic_id   varchar(64)   not null,
    pseudonym   uuid          not null unique,
    created_at  timestamptz   not null
);
