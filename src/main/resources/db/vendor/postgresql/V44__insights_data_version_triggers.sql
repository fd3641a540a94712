-- Moves the read model's version (insight_lock.version, V41) when any of its rows changes, whoever
-- writes it: this node, a node of the previous release during a rolling restart (whose lock does
-- not move it), an administrator in psql. Deferred to the commit, once per transaction and by a
-- random step, like people's (V42). Every writer of the application already holds insight_lock's
-- row (MonthlyTotals.lock), so this takes no new lock there.
create function insights_data_changed() returns trigger language plpgsql as $$
begin
    if current_setting('goedgesprek.insights_data_changed', true) is distinct from tg_table_schema then
        perform set_config('goedgesprek.insights_data_changed', tg_table_schema, true);
        update insight_lock set version = version + 1 + floor(random() * 2147483647)::bigint where id = 1;
    end if;
    return null;
end
$$ set search_path from current;

create constraint trigger insights_data_changed after insert or update or delete on insight_conversation
    deferrable initially deferred for each row execute function insights_data_changed();
create constraint trigger insights_data_changed after insert or update or delete on insight_agreement
    deferrable initially deferred for each row execute function insights_data_changed();
create constraint trigger insights_data_changed after insert or update or delete on insight_month
    deferrable initially deferred for each row execute function insights_data_changed();
create constraint trigger insights_data_changed after insert or update or delete on insight_agreement_month
    deferrable initially deferred for each row execute function insights_data_changed();
create constraint trigger insights_data_changed after insert or update or delete on insight_reach
    deferrable initially deferred for each row execute function insights_data_changed();
