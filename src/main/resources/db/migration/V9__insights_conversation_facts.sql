-- Insights read model: one row per held conversation with the numbers the dashboards add up, so a
-- dashboard reads one narrow table instead of joining preparations, answers, notes and pulses. Kept
-- current by event listeners in the insights module; filled for earlier conversations on start.
create table insight_conversation (
    conversation_id     bigint  not null primary key references conversation (id),
    employee_id         bigint  not null,
    manager_id          bigint  not null,
    team_id             bigint,
    held_on             date    not null,
    held_year           int     not null,
    held_month          int     not null,
    points_employee     int     not null,
    points_manager      int     not null,
    words_employee      int     not null,
    words_manager       int     not null,
    agreements_employee int     not null,
    agreements_manager  int     not null,
    noted_results       boolean not null,
    noted_development   boolean not null,
    noted_collaboration boolean not null,
    noted_wellbeing     boolean not null,
    score_results       int,
    score_development   int,
    score_collaboration int,
    score_wellbeing     int,
    score_direction     int,
    pulse_good          int,
    pulse_heard         int
);
create index insight_conversation_held_idx on insight_conversation (held_on);
create index insight_conversation_team_idx on insight_conversation (team_id, held_on);
create index insight_conversation_manager_idx on insight_conversation (manager_id, held_on);
