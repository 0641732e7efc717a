-- A patient's appointment list, the query scheduling-service runs for GET /v1/appointments?patientId=.. without
-- from, to, status or cursor (AppointmentQueries.list): the patient's appointments on the books starting in the next
-- 90 days, in start order, the first page of 50 and one more to tell whether a next page exists. Written from the
-- query and the entity's mapping as Hibernate renders them (the tenant filter's clinic first, then the query's own
-- conditions); the service binds the statuses, the times and the limit as parameters, now() stands for the times it
-- sends. The rest of the request (the clinic's time zone, the audit record) is left out: this is the list's own cost.
--
-- One run of this script is one list, for a random patient of the copied clinic; patients are numbered 1..n, their
-- ids being the number in hex, and the clinic is the harness's -D variable.
\set patient random(1, :patients)
select a1_0.id,a1_0.blocked_until,a1_0.booked_by,a1_0.cancel_reason,a1_0.checked_in_at,a1_0.clinic_id,a1_0.completed_at,a1_0.created_at,a1_0.dosing_session_id,a1_0.ends_at,a1_0.escort_name,a1_0.hold_expires_at,a1_0.late_cancellation,a1_0.no_driving_acknowledged,a1_0.patient_id,a1_0.plan_id,a1_0.provider_id,a1_0.rescheduled_from,a1_0.rescheduled_to,a1_0.room_id,a1_0.route,a1_0.series_id,a1_0.starts_at,a1_0.status,a1_0.type,a1_0.version from appointment a1_0 where a1_0.clinic_id = :clinic and a1_0.starts_at>=now() and a1_0.starts_at<now() + interval '90 days' and a1_0.status in ('BOOKED','CHECKED_IN','COMPLETED','NO_SHOW','CANCELLED') and a1_0.patient_id=cast(lpad(to_hex(:patient::bigint), 32, '0') as uuid) order by a1_0.starts_at,a1_0.id fetch first 51 rows only;
