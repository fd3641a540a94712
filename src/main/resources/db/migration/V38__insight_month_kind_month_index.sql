-- The organisation's dashboard reads every team's monthly totals of the period (the heat map, the
-- month rests of the subtraction rule). Through the primary key (scope_kind, scope_id, ...) that was
-- all 48,000 team months of every year at 800 teams; by kind and year it is the period's years only.
create index insight_month_kind_month_idx on insight_month (scope_kind, held_year, held_month);
