-- One consultation booked as scheduling-service books it (POST /v1/appointments), statement for statement as
-- PostgreSQL logged them for one booking (log_statement = 'all'; bench/README.md tells how to capture them again).
-- One run of this script is one booking: the booking's transaction and the audit record's own transaction,
-- committed as the service commits them.
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
select c1_0.id,c1_0.clinic_id,c1_0.name,c1_0.opening_hours,c1_0.policy_overrides,c1_0.rems_certified,c1_0.rems_setting_id,c1_0.routes_offered,c1_0.time_zone,c1_0.updated_at,c1_0.version from clinic c1_0 where c1_0.clinic_id = :clinic fetch first 1 rows only;
select pr1_0.patient_id,pr1_0.clinic_id,pr1_0.received_at,pr1_0.registered_at from patient_reference pr1_0 where pr1_0.patient_id=cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid) and pr1_0.clinic_id = :clinic for no key update of pr1_0;
select p1_0.id,p1_0.active,p1_0.clinic_id,p1_0.created_at,p1_0.display_name,p1_0.duty_hours,p1_0.roles,p1_0.version from provider p1_0 where p1_0.id=cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid) and p1_0.clinic_id = :clinic;
select r1_0.id,r1_0.active,r1_0.capabilities,r1_0.clinic_id,r1_0.created_at,r1_0.name,r1_0.version from room r1_0 where r1_0.id=cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid) and r1_0.clinic_id = :clinic;
select cc1_0.id,cc1_0.clinic_id,cc1_0.created_at,cc1_0.ends_at,cc1_0.reason,cc1_0.starts_at from clinic_closure cc1_0 where cc1_0.clinic_id = :clinic and cc1_0.ends_at>to_timestamp(:start) and cc1_0.starts_at<to_timestamp(:finish) order by cc1_0.starts_at,cc1_0.id;
select pl1_0.id,pl1_0.clinic_id,pl1_0.created_at,pl1_0.ends_at,pl1_0.provider_id,pl1_0.reason,pl1_0.starts_at from provider_leave pl1_0 where pl1_0.clinic_id = :clinic and pl1_0.provider_id in (cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid)) and pl1_0.ends_at>to_timestamp(:start) and pl1_0.starts_at<to_timestamp(:finish) order by pl1_0.starts_at,pl1_0.id;
with expired as (update appointment set status = 'EXPIRED', version = version + 1 where status = 'HELD' and hold_expires_at <= now() and clinic_id = :clinic and (provider_id = cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid) or room_id = cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid) or patient_id = cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid)) and tstzrange(starts_at, blocked_until) && tstzrange(to_timestamp(:start), to_timestamp(:finish)) returning id, clinic_id) insert into appointment_transition (id, clinic_id, appointment_id, from_status, to_status, reason, actor, actor_roles, at) select gen_random_uuid(), clinic_id, id, 'HELD', 'EXPIRED', 'hold-expired', 'system', 'system', now() from expired;
insert into appointment (blocked_until,booked_by,cancel_reason,checked_in_at,clinic_id,completed_at,created_at,dosing_session_id,ends_at,escort_name,hold_expires_at,late_cancellation,no_driving_acknowledged,patient_id,plan_id,provider_id,rescheduled_from,rescheduled_to,room_id,route,series_id,starts_at,status,type,version,id) values (to_timestamp(:finish),:actor,null,null,:clinic,null,now(),null,to_timestamp(:finish),null,null,null,null,cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid),null,cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid),null,null,cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid),null,null,to_timestamp(:start),'BOOKED','CONSULTATION',0,cast(lpad(to_hex(:appointment::bigint), 32, '0') as uuid));
insert into appointment_transition (actor,actor_roles,appointment_id,at,clinic_id,from_status,note,reason,to_status,id) values (:actor,'clinic-staff',cast(lpad(to_hex(:appointment::bigint), 32, '0') as uuid),now(),:clinic,null,null,'booked','BOOKED',cast(lpad(to_hex(:transition::bigint), 32, '0') as uuid));
insert into outbox_event (event_id, topic, record_key, event_type, source, subject, clinic_id, request_id, occurred_at, payload) values (cast(lpad(to_hex(:event::bigint), 32, '0') as uuid), 'carepath.scheduling.events.v1', lpad(to_hex(:patient::bigint), 32, '0'), 'org.carepath.scheduling.AppointmentBooked.v1', '/carepath/scheduling-service', 'appointments/' || lpad(to_hex(:appointment::bigint), 32, '0'), :clinic, lpad(to_hex(:request::bigint), 32, '0'), now(), cast(:payload as jsonb));
COMMIT;
BEGIN;
insert into audit_record (action,actor,clinic_id,occurred_at,outcome,request_id,resource_id,resource_type,roles,id) values ('create',:actor,:clinic,now(),'success',lpad(to_hex(:request::bigint), 32, '0'),lpad(to_hex(:appointment::bigint), 32, '0'),'Appointment','clinic-staff',cast(lpad(to_hex(:audit::bigint), 32, '0') as uuid));
COMMIT;
