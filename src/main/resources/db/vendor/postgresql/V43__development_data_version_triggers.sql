-- Moves development_data_version (V40) when a column that development's views show is written, by
-- any writer; deferred to the commit and once per transaction, like people's (V42).
create function development_data_changed() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('goedgesprek.development_data_changed', true), '') <> 'yes' then
        perform set_config('goedgesprek.development_data_changed', 'yes', true);
        update development_data_version set version = version + 1 where id = 1;
    end if;
    return null;
end
$$ set search_path from current;

create constraint trigger development_data_changed after insert or delete or update of id, name, active
    on competency deferrable initially deferred for each row execute function development_data_changed();

create constraint trigger development_data_changed after insert or delete or update of employee_id,
    competency_id, status on chosen_competency
    deferrable initially deferred for each row execute function development_data_changed();

create constraint trigger development_data_changed after insert or delete or update of id, title, active
    on organisation_goal deferrable initially deferred for each row execute function development_data_changed();

create constraint trigger development_data_changed after insert or delete or update of id, employee_id,
    organisation_goal_id on development_goal
    deferrable initially deferred for each row execute function development_data_changed();
