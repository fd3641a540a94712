-- Moves people_data_version (V39) when a column that people_employee_v or people_team_v shows is
-- written, by any writer. The triggers are deferred to the commit, so the version row is the last
-- lock a transaction takes (no new deadlocks) and moves once per transaction, not once per row (an
-- import of 20,000 people moves it once). A reader that reads the version before the views never keeps
-- figures older than the version says.
create function people_data_changed() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('goedgesprek.people_data_changed', true), '') <> 'yes' then
        perform set_config('goedgesprek.people_data_changed', 'yes', true);
        update people_data_version set version = version + 1 where id = 1;
    end if;
    return null;
end
$$ set search_path from current;

create constraint trigger people_data_changed after insert or delete or update of id, name, team_id, manager_id,
    active, erased_at on employee deferrable initially deferred for each row execute function people_data_changed();

create constraint trigger people_data_changed after insert or delete or update of id, name, active on team
    deferrable initially deferred for each row execute function people_data_changed();
