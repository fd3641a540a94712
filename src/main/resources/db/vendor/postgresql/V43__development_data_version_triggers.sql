-- Moves development_data_version (V40) when a value that development's views show changes, whoever
-- writes it; only on a real change, deferred to the commit, once per transaction and by a random
-- step, like people's (V42).
create function development_data_changed() returns trigger language plpgsql as $$
begin
    if current_setting('goedgesprek.development_data_changed', true) is distinct from tg_table_schema then
        perform set_config('goedgesprek.development_data_changed', tg_table_schema, true);
        update development_data_version set version = version + 1 + floor(random() * 2147483647)::bigint where id = 1;
    end if;
    return null;
end
$$ set search_path from current;

create constraint trigger development_data_added_or_removed after insert or delete on competency
    deferrable initially deferred for each row execute function development_data_changed();
create constraint trigger development_data_changed after update on competency deferrable initially deferred
    for each row when ((old.id, old.name, old.active) is distinct from (new.id, new.name, new.active))
    execute function development_data_changed();

create constraint trigger development_data_added_or_removed after insert or delete on chosen_competency
    deferrable initially deferred for each row execute function development_data_changed();
create constraint trigger development_data_changed after update on chosen_competency deferrable initially deferred
    for each row when ((old.employee_id, old.competency_id, old.status) is distinct from (new.employee_id, new.competency_id, new.status))
    execute function development_data_changed();

create constraint trigger development_data_added_or_removed after insert or delete on organisation_goal
    deferrable initially deferred for each row execute function development_data_changed();
create constraint trigger development_data_changed after update on organisation_goal deferrable initially deferred
    for each row when ((old.id, old.title, old.active) is distinct from (new.id, new.title, new.active))
    execute function development_data_changed();

create constraint trigger development_data_added_or_removed after insert or delete on development_goal
    deferrable initially deferred for each row execute function development_data_changed();
create constraint trigger development_data_changed after update on development_goal deferrable initially deferred
    for each row when ((old.id, old.employee_id, old.organisation_goal_id) is distinct from (new.id, new.employee_id, new.organisation_goal_id))
    execute function development_data_changed();
