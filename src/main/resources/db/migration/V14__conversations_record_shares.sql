-- An employee who moved to another manager may share the record of an earlier conversation with the
-- manager they have now (PRIVACY.md: a new manager sees old records only when the employee shares
-- them). One row per record and manager; withdrawing deletes it. Read only while that manager is
-- still the employee's manager.
create table record_share (
    conversation_id bigint                   not null references conversation (id),
    manager_id      bigint                   not null references employee (id),
    shared_at       timestamp with time zone not null,
    primary key (conversation_id, manager_id)
);
create index record_share_manager_idx on record_share (manager_id);
