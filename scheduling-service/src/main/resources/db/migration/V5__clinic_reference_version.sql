-- Bookings keep each clinic's setup (settings, providers, rooms, closures, leave) in memory and use it only while
-- the clinic's reference_version is the one they loaded it at; the version is read in the statement that locks the
-- patient. Triggers move it in the transaction of every change to those rows, whichever replica or tool made it.
-- Values come from one sequence, so no version is ever given out twice: not one a rolled-back transaction saw, not
-- one of a clinic set up again.
create sequence clinic_reference_version;

alter table clinic add column reference_version bigint not null default nextval('clinic_reference_version');

-- A change of the clinic's own settings. The WHEN in the trigger skips the updates clinic_reference_changed makes.
create function clinic_settings_changed() returns trigger language plpgsql as $$
begin
    new.reference_version := nextval('clinic_reference_version');
    return new;
end $$;

create trigger clinic_settings_changed before update on clinic for each row
    when (new.reference_version = old.reference_version) execute function clinic_settings_changed();

-- A change of one of the clinic's providers, rooms, closures or leave (a row never changes clinic).
create function clinic_reference_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update clinic set reference_version = nextval('clinic_reference_version') where clinic_id = old.clinic_id;
    else
        update clinic set reference_version = nextval('clinic_reference_version') where clinic_id = new.clinic_id;
    end if;
    return null;
end $$;

create trigger provider_reference_changed after insert or update or delete on provider for each row
    execute function clinic_reference_changed();
create trigger room_reference_changed after insert or update or delete on room for each row
    execute function clinic_reference_changed();
create trigger clinic_closure_reference_changed after insert or update or delete on clinic_closure for each row
    execute function clinic_reference_changed();
create trigger provider_leave_reference_changed after insert or update or delete on provider_leave for each row
    execute function clinic_reference_changed();
