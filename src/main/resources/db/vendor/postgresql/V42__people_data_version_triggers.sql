-- Moves people_data_version (V39) when a value that people_employee_v or people_team_v shows changes,
-- whoever writes it: the application's repositories (which write every column of a row), its plain
-- SQL, an administrator in psql.
-- - Only a real change counts: an update that leaves the views' columns as they were (a password, a
--   job title, a row saved whole) does not move it.
-- - Deferred to the commit: the version row is locked at the end of the transaction, and moves once
--   per transaction, not once per row (an import of 20,000 people moves it once). A transaction that
--   writes both people's and development's tables locks both version rows at its commit, in the order
--   it wrote them; today only the erasure does, always in the same order.
-- - It moves by a random step, so a number once seen never comes back with other data behind it (a
--   database restored from a backup, a failover to a replica that was behind).
-- A reader that reads the version before the views never keeps figures older than the version says.
create function people_data_changed() returns trigger language plpgsql as $$
begin
    if current_setting('goedgesprek.people_data_changed', true) is distinct from tg_table_schema then
        perform set_config('goedgesprek.people_data_changed', tg_table_schema, true);
        update people_data_version set version = version + 1 + floor(random() * 2147483647)::bigint where id = 1;
    end if;
    return null;
end
$$ set search_path from current;

create constraint trigger people_data_added_or_removed after insert or delete on employee
    deferrable initially deferred for each row execute function people_data_changed();
create constraint trigger people_data_changed after update on employee deferrable initially deferred for each row
    when ((old.id, old.name, old.team_id, old.manager_id, old.active, old.erased_at)
        is distinct from (new.id, new.name, new.team_id, new.manager_id, new.active, new.erased_at))
    execute function people_data_changed();

create constraint trigger people_data_added_or_removed after insert or delete on team
    deferrable initially deferred for each row execute function people_data_changed();
create constraint trigger people_data_changed after update on team deferrable initially deferred for each row
    when ((old.id, old.name, old.active) is distinct from (new.id, new.name, new.active))
    execute function people_data_changed();
