-- Assessments a patient is due to complete (the patient app's to-do list), until an assessment satisfies them.
create table assessment_due (
    id             uuid          primary key,
    clinic_id      varchar(64)   not null,
    patient_id     uuid          not null,
    instrument     varchar(32)   not null,
    reason         varchar(32)   not null,
    due_at         timestamptz   not null,
    session_id     uuid,
    satisfied_by   uuid,
    satisfied_at   timestamptz,
    created_at     timestamptz   not null
);
create index assessment_due_open on assessment_due (clinic_id, patient_id, instrument) where satisfied_by is null;
-- At most one open weekly due per patient and instrument, whoever creates it first.
create unique index assessment_due_one_weekly on assessment_due (patient_id, instrument)
    where satisfied_by is null and reason = 'WEEKLY';
