-- What the conversations module publishes for followup, which follows conversations up (the rhythm,
-- the agreements pages, the to-dos after a conversation, the pulse): naming scheme and reasons in V33.
-- Columns are added at the end of the views of V34 (CREATE OR REPLACE VIEW may only add columns there,
-- in PostgreSQL); what V34 published keeps its meaning.

-- A conversation, with its kind: the rhythm counts annual conversations apart.
create or replace view conversations_conversation_v as
select id, employee_id, manager_id, status, scheduled_at, closed_at, kind
from conversation;

-- An agreement with what followup shows the two people and the owner: its description, who made it
-- and when, its theme and the reason of its status. Insights selects none of these words.
create or replace view conversations_agreement_v as
select id, conversation_id, owner, status, due_date, updated_at,
       employee_id, manager_id, version, description, theme_key, created_by, created_at, status_reason
from agreement;

-- Who signed a record, and how ("voor gezien", "voor akkoord"): the to-do to sign it.
create view conversations_acknowledgement_v as
select conversation, side, kind
from acknowledgement;
