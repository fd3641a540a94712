-- Coverage asks, per person in a scope, whether they had a conversation since a date.
create index insight_conversation_employee_idx on insight_conversation (employee_id, held_on);
