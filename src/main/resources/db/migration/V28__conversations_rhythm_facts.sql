-- The rhythm read model: per employee the dates HR's overdue list needs, kept current when a
-- conversation is saved (conversations/internal/RhythmReadModel). Reading them from the conversations
-- took eight indexed lookups per person: 0.7-0.9 s for an organisation of 20,000.
-- Held conversations are placed at their held moment (conversations/internal/HeldMoment).
-- No foreign key to employee: the people module owns that table and may remove a person.
create table rhythm_fact (
    employee_id         bigint primary key,
    last_held           timestamp,
    last_planned        timestamp,
    last_annual         timestamp,
    last_annual_planned timestamp
);

insert into rhythm_fact (employee_id, last_held, last_planned, last_annual, last_annual_planned)
select p.employee_id,
       (select max((case when c.closed_at is not null and cast(c.closed_at as timestamp) < c.scheduled_at then cast(c.closed_at as timestamp) else c.scheduled_at end)) from conversation c
         where c.employee_id = p.employee_id and c.status in ('HELD', 'COMPLETED')),
       (select max(c.scheduled_at) from conversation c
         where c.employee_id = p.employee_id and c.status in ('PLANNED', 'STARTED')),
       (select max((case when c.closed_at is not null and cast(c.closed_at as timestamp) < c.scheduled_at then cast(c.closed_at as timestamp) else c.scheduled_at end)) from conversation c
         where c.employee_id = p.employee_id and c.kind = 'ANNUAL' and c.status in ('HELD', 'COMPLETED')),
       (select max(c.scheduled_at) from conversation c
         where c.employee_id = p.employee_id and c.kind = 'ANNUAL' and c.status in ('PLANNED', 'STARTED'))
from (select distinct employee_id from conversation) p;
