-- One consultation booked as scheduling-service books it (POST /v1/appointments), statement for statement as
-- PostgreSQL logged them for one booking (log_statement = 'all'; bench/README.md tells how to capture them again).
-- One run of this script is one booking: one transaction, its audit record included, committed as the service
-- commits it.
--
-- Parameters the service binds become pgbench variables: the clinic, the actor and the event payload from the
-- harness (-D); providers, rooms and patients of the copied clinic are numbered 1..n, their ids being the
-- number in hex (room n is provider n's); new rows get random 62-bit ids. Each booking takes a random hour of a
-- random provider within 230,000 years from 2030, so bookings practically never collide (the harness fails the
-- run if one does). now() stands for the times the service sends.
\set provider random(1, :providers)
\set patient random(1, :patients)
\set start 1893456000 + random(0, 2000000000) * 3600
\set finish :start + 3600
\set appointment random(1, 4611686018427387903)
\set transition random(1, 4611686018427387903)
\set event random(1, 4611686018427387903)
\set request random(1, 4611686018427387903)
\set audit random(1, 4611686018427387903)
BEGIN;
select c.reference_version from patient_reference p join clinic c on c.clinic_id = p.clinic_id where p.clinic_id = :clinic and p.patient_id = cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid) for no key update of p;
with expired as (update appointment set status = 'EXPIRED', version = version + 1 where status = 'HELD' and hold_expires_at <= now() and clinic_id = :clinic and (provider_id = cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid) or room_id = cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid) or patient_id = cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid)) and tstzrange(starts_at, blocked_until) && tstzrange(to_timestamp(:start), to_timestamp(:finish)) returning id, clinic_id) insert into appointment_transition (id, clinic_id, appointment_id, from_status, to_status, reason, actor, actor_roles, at) select gen_random_uuid(), clinic_id, id, 'HELD', 'EXPIRED', 'hold-expired', 'system', 'system', now() from expired;
insert into appointment (blocked_until,booked_by,cancel_reason,checked_in_at,clinic_id,completed_at,created_at,dosing_session_id,ends_at,escort_name,hold_expires_at,late_cancellation,no_driving_acknowledged,patient_id,plan_id,provider_id,rescheduled_from,rescheduled_to,room_id,route,series_id,starts_at,status,type,version,id) values (to_timestamp(:finish),:actor,null,null,:clinic,null,now(),null,to_timestamp(:finish),null,null,null,null,cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid),null,cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid),null,null,cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid),null,null,to_timestamp(:start),'BOOKED','CONSULTATION',0,cast(lpad(to_hex(:appointment::bigint), 32, '0') as uuid));
insert into appointment_transition (actor,actor_roles,appointment_id,at,clinic_id,from_status,note,reason,to_status,id) values (:actor,'clinic-staff',cast(lpad(to_hex(:appointment::bigint), 32, '0') as uuid),now(),:clinic,null,null,'booked','BOOKED',cast(lpad(to_hex(:transition::bigint), 32, '0') as uuid));
insert into outbox_event (event_id, topic, record_key, event_type, source, subject, clinic_id, request_id, occurred_at, payload) values (cast(lpad(to_hex(:event::bigint), 32, '0') as uuid), 'carepath.scheduling.events.v1', lpad(to_hex(:patient::bigint), 32, '0'), 'org.carepath.scheduling.AppointmentBooked.v1', '/carepath/scheduling-service', 'appointments/' || lpad(to_hex(:appointment::bigint), 32, '0'), :clinic, lpad(to_hex(:request::bigint), 32, '0'), now(), cast(:payload as jsonb));
insert into audit_record (action,actor,clinic_id,occurred_at,outcome,request_id,resource_id,resource_type,roles,id) values ('create',:actor,:clinic,now(),'success',lpad(to_hex(:request::bigint), 32, '0'),lpad(to_hex(:appointment::bigint), 32, '0'),'Appointment','clinic-staff',cast(lpad(to_hex(:audit::bigint), 32, '0') as uuid));
COMMIT;
