-- The analytics pseudonym of each patient: random, never derived from the patient id (164.514(c)), in a table of
-- its own so the link can be kept away from the analytics side.
create table patient_pseudonym (
    patient_id  uuid          primary key,
    clinic_id   varchar(64)   not null,
    pseudonym   uuid          not null unique,
    created_at  timestamptz   not null
);

-- The aggregates join each patient's first dose to their baseline and latest scores; these keep that a walk of
-- indexes over a million assessments rather than a sort of all of them.
create index dosing_session_doses on dosing_session (clinic_id, patient_id, administered_at) where administered_at is not null;
create index assessment_instrument on assessment (clinic_id, instrument, patient_id, taken_at desc);
create index adverse_event_clinic on adverse_event (clinic_id, onset_at);
