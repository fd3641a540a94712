-- The organisation dashboard's month rests (insights' Subtraction) join each hidden month cell of a
-- team to that team's conversations of that month. Through (team_id, held_on) each cell read the
-- team's whole year and kept one month of it: 210 rows per cell at 20,000 people, 2 with this index.
create index insight_conversation_team_month_idx on insight_conversation (team_id, held_year, held_month);
