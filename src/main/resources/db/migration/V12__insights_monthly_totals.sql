-- Insights, pre-aggregated: totals per scope and month, so an organisation-wide dashboard adds up
-- about a thousand rows instead of reading every conversation of the period. A scope is the whole
-- organisation (kind 'O', id 0), a team (kind 'T', the team's id; 0 for people without a team) or a
-- manager's reports (kind 'M', the manager's id), each as at the time of the conversation.
-- Kept by the insights listeners, which recompute a month's totals from the per-conversation read
-- model whenever one of its rows changes; rebuilt on start when rows were filled in another way.

-- What the held conversations of one month add up to. The *_people columns count different
-- employees, which cannot be added up over months or scopes, so each scope has its own rows.
create table insight_month (
    scope_kind          varchar(1) not null,
    scope_id            bigint     not null,
    held_year           int        not null,
    held_month          int        not null,
    held                int        not null,
    noted_results       int        not null,
    noted_development   int        not null,
    noted_collaboration int        not null,
    noted_wellbeing     int        not null,
    points_employee     bigint     not null,
    points_manager      bigint     not null,
    words_employee      bigint     not null,
    words_manager       bigint     not null,
    agreements_employee bigint     not null,
    agreements_manager  bigint     not null,
    pulse_answers       int        not null,
    pulse_good          bigint,
    pulse_heard         bigint,
    pulse_people        int        not null,
    score_results       bigint,
    score_results_n     int        not null,
    score_results_people int       not null,
    score_development   bigint,
    score_development_n int        not null,
    score_development_people int   not null,
    score_collaboration bigint,
    score_collaboration_n int      not null,
    score_collaboration_people int not null,
    score_wellbeing     bigint,
    score_wellbeing_n   int        not null,
    score_wellbeing_people int     not null,
    score_direction     bigint,
    score_direction_n   int        not null,
    score_direction_people int     not null,
    primary key (scope_kind, scope_id, held_year, held_month)
);

-- What became of the agreements made in the held conversations of one month. Overdue is not here:
-- it depends on today, so it is counted from insight_agreement itself.
create table insight_agreement_month (
    scope_kind     varchar(1) not null,
    scope_id       bigint     not null,
    held_year      int        not null,
    held_month     int        not null,
    agreements     int        not null,
    done_on_time   int        not null,
    done_late      int        not null,
    not_achieved   int        not null,
    dropped        int        not null,
    helped_answers int        not null,
    helped_yes     int        not null,
    primary key (scope_kind, scope_id, held_year, held_month)
);

-- Per scope and employee, the last day they had a held conversation, one with agreements, and one
-- with an agreement they said helped or not. A dashboard's period always ends today, so "how many
-- different people" over a period is a count of the rows whose day falls on or after its start.
create table insight_reach (
    scope_kind        varchar(1) not null,
    scope_id          bigint     not null,
    employee_id       bigint     not null,
    last_held_on      date       not null,
    last_agreement_on date,
    last_helped_on    date,
    primary key (scope_kind, scope_id, employee_id)
);

-- One row that every change to the totals locks first, so two listeners recomputing the same month
-- at once never write over each other with what they each saw.
create table insight_lock (
    id int not null primary key
);
insert into insight_lock (id) values (1);

-- Overdue agreements are counted directly: open ones of the period whose date has passed.
create index insight_agreement_open_idx on insight_agreement (status, held_on, due_date);
-- Recomputing one employee's reach.
create index insight_agreement_employee_idx on insight_agreement (employee_id, held_on);

-- The day a conversation was held is now never later than the day it was closed (a conversation
-- can be held before its planned day), and an agreement's row takes its day and team from its
-- conversation's row. Only the rows that differ are changed; the totals above are added up on the
-- next start.
update insight_conversation
   set held_on = (select cast(c.closed_at as date) from conversation c where c.id = insight_conversation.conversation_id)
 where exists (select 1 from conversation c where c.id = insight_conversation.conversation_id
                 and c.closed_at is not null and cast(c.closed_at as date) < insight_conversation.held_on);
update insight_conversation
   set held_year = extract(year from held_on), held_month = extract(month from held_on)
 where held_year <> extract(year from held_on) or held_month <> extract(month from held_on);
update insight_agreement
   set held_on = (select i.held_on from insight_conversation i where i.conversation_id = insight_agreement.conversation_id),
       team_id = (select i.team_id from insight_conversation i where i.conversation_id = insight_agreement.conversation_id)
 where exists (select 1 from insight_conversation i where i.conversation_id = insight_agreement.conversation_id
                 and (i.held_on <> insight_agreement.held_on or coalesce(i.team_id, -1) <> coalesce(insight_agreement.team_id, -1)));
