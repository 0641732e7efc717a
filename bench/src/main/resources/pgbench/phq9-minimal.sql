-- The least database work a PHQ-9 submission needs, its physical limit: the assessment row as outcomes-service
-- inserts it (every column, in Hibernate's order), the two outbox rows one submission writes as the chassis's outbox
-- writes them (AssessmentScored on carepath.outcomes.events.v1, and the de-identified AssessmentScored on
-- carepath.analytics.outcomes.v1: random event id, no subject, no request id, keyed by the patient's pseudonym), and
-- one commit. Nothing is read: the service's other statements (the patient, the pseudonym, dosing sessions and the
-- patient's history for the analytics event and the milestones, the due update, the audit record) are left out.
--
-- One run of this script is one submission. The values the service stores (answers, total, band, flags, instrument
-- version, channel, who entered it) and the two events' payloads and pseudonym are the harness's -D variables, taken
-- from a submission the service scored and stored before the load; patients are numbered 1..n, their ids being the
-- number in hex; now() stands for the times the service sends. The assessment's and AssessmentScored's ids are number
-- n of the sequence assessment_number (made by the harness with the copy) in hex: time-ordered, as the service's
-- UUIDv7 ids are, and never the same twice across runs and connections; nextval sits inside the insert, so it adds
-- no round trip. The analytics event's id is random, as the service's is on a de-identified topic.
\set patient random(1, :patients)
\set request random(1, 4611686018427387903)
\set analytics_event random(1, 4611686018427387903)
BEGIN;
insert into assessment (answers,band,channel,clinic_id,dosing_session_id,entered_by,entered_by_roles,flags,instrument,patient_id,prorated,recorded_at,taken_at,total,version,id) select cast(:answers as jsonb),:band,:channel,:clinic,null,:actor,:roles,cast(:flags as jsonb),'PHQ_9',cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid),false,now(),now(),:total,:version,cast(lpad(to_hex(n), 32, '0') as uuid) from (select nextval('assessment_number') as n) assessment;
insert into outbox_event (event_id, topic, record_key, event_type, source, subject, clinic_id, request_id, occurred_at, payload) values (cast(lpad(to_hex(currval('assessment_number')), 32, '0') as uuid), 'carepath.outcomes.events.v1', cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid)::text, 'org.carepath.outcomes.AssessmentScored.v1', '/carepath/outcomes-service', 'assessments/' || cast(lpad(to_hex(currval('assessment_number')), 32, '0') as uuid), :clinic, cast(lpad(to_hex(:request::bigint), 32, '0') as uuid)::text, now(), cast(:scored as jsonb));
insert into outbox_event (event_id, topic, record_key, event_type, source, subject, clinic_id, request_id, occurred_at, payload) values (cast(lpad(to_hex(:analytics_event::bigint), 32, '0') as uuid), 'carepath.analytics.outcomes.v1', :pseudonym, 'org.carepath.analytics.AssessmentScored.v1', '/carepath/outcomes-service', null, :clinic, null, now(), cast(:analytics as jsonb));
COMMIT;
