-- Patients registered by a clinic. Identity and demographics are PHI: only intake keeps them.
create table patient (
    id             uuid         primary key,
    clinic_id      varchar(64)  not null,
    given_name     varchar(100) not null,
    family_name    varchar(100) not null,
    date_of_birth  date         not null,
    clinic_mrn     varchar(64),
    registered_at  timestamptz  not null,
    version        bigint       not null
);
create unique index patient_clinic_mrn on patient (clinic_id, clinic_mrn) where clinic_mrn is not null;
create index patient_clinic_id on patient (clinic_id, id);
