-- The least database work a booking needs, its physical limit: the appointment row as scheduling-service inserts it
-- (every column it fills, in Hibernate's order; the values a consultation booking gives them), its AppointmentBooked
-- row as the chassis's outbox writes it, and one commit. Nothing is read; the table's checks (exclusion constraints on
-- the provider's, the room's and the patient's time, foreign keys to provider and room, the unique event id) still run
-- on every row, as they do for the service. booking.sql replays everything the service runs for a booking.
--
-- One run of this script is one booking. Parameters as in booking.sql: the clinic, the actor and the event payload
-- from the harness (-D, taken from the booking the harness made first); providers, rooms and patients of the copied
-- clinic are numbered 1..n, their ids being the number in hex (room n is provider n's); now() stands for the times
-- the service sends.
--
-- Conflict-free by construction: booking n takes number n of the sequence booking_slot (made by the harness with the
-- copy) and the hour that ends n - 1 hours before 2030-01-01, with a random provider, that provider's room and a random
-- patient. No two of these bookings share an hour, and booking.sql books only from 2030-01-01 on, so no exclusion
-- constraint ever refuses one. A sequence rather than pgbench's own arithmetic on :client_id: the warm-up run, the
-- measured run and booking.sql's runs are separate pgbench runs on one database, and pgbench's variables start again
-- with each run, while nextval never gives a number twice, whatever the run or the connection. It costs one increment
-- of a sequence (logged once per 32 numbers), inside the insert, so no extra round trip. The appointment's and the
-- event's ids are n in hex: time-ordered, as the service's UUIDv7 ids are (booking.sql's random 62-bit ids will not
-- meet them in practice).
\set provider random(1, :providers)
\set patient random(1, :patients)
\set request random(1, 4611686018427387903)
BEGIN;
insert into appointment (blocked_until,booked_by,cancel_reason,checked_in_at,clinic_id,completed_at,created_at,dosing_session_id,ends_at,escort_name,hold_expires_at,late_cancellation,no_driving_acknowledged,patient_id,plan_id,provider_id,rescheduled_from,rescheduled_to,room_id,route,series_id,starts_at,status,type,version,id) select to_timestamp(1893456000 - 3600 * (n - 1)),:actor,null,null,:clinic,null,now(),null,to_timestamp(1893456000 - 3600 * (n - 1)),null,null,null,null,cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid),null,cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid),null,null,cast(lpad(to_hex(:provider::bigint), 32, '0') as uuid),null,null,to_timestamp(1893456000 - 3600 * n),'BOOKED','CONSULTATION',0,cast(lpad(to_hex(n), 32, '0') as uuid) from (select nextval('booking_slot') as n) booking;
insert into outbox_event (event_id, topic, record_key, event_type, source, subject, clinic_id, request_id, occurred_at, payload) values (cast(lpad(to_hex(currval('booking_slot')), 32, '0') as uuid), 'carepath.scheduling.events.v1', cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid)::text, 'org.carepath.scheduling.AppointmentBooked.v1', '/carepath/scheduling-service', 'appointments/' || cast(lpad(to_hex(currval('booking_slot')), 32, '0') as uuid), :clinic, cast(lpad(to_hex(:request::bigint), 32, '0') as uuid)::text, now(), cast(:payload as jsonb));
COMMIT;
