-- Demographics, contact and the clinical facts dosing needs (sex, weight, pregnancy and breast-feeding).
alter table patient
    add column sex                      varchar(16),
    add column weight_kg                numeric(5, 1),
    add column pregnancy_status         varchar(16),
    add column breastfeeding            boolean,
    add column email                    varchar(254),
    add column phone                    varchar(32),
    add column address_line1            varchar(200),
    add column address_line2            varchar(200),
    add column address_city             varchar(100),
    add column address_region           varchar(100),
    add column address_postal_code      varchar(20),
    add column address_country          varchar(2),
    add column emergency_name           varchar(200),
    add column emergency_relationship   varchar(100),
    add column emergency_phone          varchar(32),
    add column updated_at               timestamptz;
update patient set updated_at = registered_at;
alter table patient alter column updated_at set not null;

create index patient_family_name on patient (clinic_id, lower(family_name));
create index patient_given_name on patient (clinic_id, lower(given_name));
create index patient_date_of_birth on patient (clinic_id, date_of_birth);

-- The analytics pseudonym: random, never derived from identity, kept apart from it (DOMAIN.md 7.1,
-- 45 CFR 164.514(c)) and never returned to partners.
create table patient_pseudonym (
    patient_id    uuid        primary key references patient (id),
    clinic_id     varchar(64) not null,
    analytics_id  uuid        not null unique
);
