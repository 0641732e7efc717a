-- Referrals from partner clinics: triaged from received to accepted (linked to a patient) or declined.
create table referral (
    id                        uuid          primary key,
    clinic_id                 varchar(64)   not null,
    status                    varchar(16)   not null,
    referring_provider_name   varchar(200)  not null,
    referring_provider_npi    varchar(10),
    referring_organization    varchar(200),
    referring_provider_phone  varchar(32),
    referring_provider_email  varchar(254),
    diagnoses                 jsonb         not null,
    reason                    varchar(2000) not null,
    prior_treatments          jsonb         not null,
    candidate_given_name      varchar(100),
    candidate_family_name     varchar(100),
    candidate_date_of_birth   date,
    candidate_clinic_mrn      varchar(64),
    patient_id                uuid          references patient (id),
    decline_reason            varchar(2000),
    received_at               timestamptz   not null,
    decided_at                timestamptz,
    decided_by                varchar(255),
    version                   bigint        not null
);
create index referral_clinic_status on referral (clinic_id, status, id);
