-- Views that two modules publish for other modules' SQL, in one migration because the numbers ran
-- out; the owner of each view is the first word of its name (naming scheme and reasons: V33).
-- Plain projections, so the tables' indexes still serve the queries.

-- Owned by development: the competency catalogue (no descriptions).
create view development_competency_v as
select id, name, active
from competency;

-- Owned by development: the competencies a person chose or was suggested, and their status.
create view development_chosen_competency_v as
select employee_id, competency_id, status
from chosen_competency;

-- Owned by development: the organisation's koers, by title.
create view development_organisation_goal_v as
select id, title, active
from organisation_goal;

-- Owned by development: which koers goal a person's development goals serve, without their titles.
create view development_goal_v as
select id, employee_id, organisation_goal_id
from development_goal;

-- Owned by followup: the pulse each side gave on a conversation.
create view followup_pulse_v as
select conversation as conversation_id, side, good, heard
from pulse;

-- Owned by followup: whether each side said a finished agreement helped.
create view followup_agreement_review_v as
select agreement as agreement_id, side, helped
from agreement_review;
