-- Insights read model for follow-through: one row per agreement made in a held conversation, with
-- where and when it was made, its status and dates, and whether the employee said it helped. Kept by
-- listeners; numbers and dates only.
create table insight_agreement (
    agreement_id    bigint      not null primary key references agreement (id),
    conversation_id bigint      not null,
    employee_id     bigint      not null,
    manager_id      bigint      not null,
    team_id         bigint,
    held_on         date        not null,
    owner           varchar(20) not null,
    status          varchar(20) not null,
    due_date        date,
    updated_on      date,
    helped          varchar(10)
);
create index insight_agreement_held_idx on insight_agreement (held_on);
create index insight_agreement_team_idx on insight_agreement (team_id, held_on);
create index insight_agreement_manager_idx on insight_agreement (manager_id, held_on);
