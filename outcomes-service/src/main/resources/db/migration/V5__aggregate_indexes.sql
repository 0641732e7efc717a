-- The aggregates now read, per patient with a first dose, just the scores around it: the last one at or before it
-- and the latest (or first responding) one after it. These indexes answer each such read from the index alone,
-- and patient_id leads so that each lookup compares a uuid rather than the clinic's id first. The index V3 made for
-- the old aggregates (a sort of all the assessments) is no longer read; each assessment recorded no longer updates it.
drop index assessment_instrument;
create index assessment_patient_scores on assessment (patient_id, instrument, taken_at desc) include (total, clinic_id);
drop index dosing_session_doses;
create index dosing_session_doses on dosing_session (clinic_id, patient_id, administered_at) include (route)
    where administered_at is not null;
