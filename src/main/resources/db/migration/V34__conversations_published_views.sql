-- What the conversations module publishes for other modules' SQL (naming scheme and reasons: V33).
-- Numbers, dates and flags only, never what anyone wrote: the insights read model counts words and
-- notes, it never reads them. Plain projections, so the tables' indexes still serve the queries.

-- A conversation: who, when, and how far it got.
create view conversations_conversation_v as
select id, employee_id, manager_id, status, scheduled_at, closed_at
from conversation;

-- An answer in a side's shared preparation (a draft is nobody else's business): its key on the card,
-- the score given to a theme's statement, and how many words the answer has.
create view conversations_answer_v as
select p.conversation_id, p.side, a.preparation_key, a.score,
       case when a.text is null or trim(a.text) = '' then 0
            else length(trim(a.text)) - length(replace(trim(a.text), ' ', '')) + 1 end as words
from answer a join preparation p on p.id = a.preparation
where p.shared_at is not null;

-- A talking point in a side's shared preparation, without its text.
create view conversations_talking_point_v as
select p.conversation_id, p.side
from talking_point t join preparation p on p.id = t.preparation
where p.shared_at is not null;

-- Whether the joint notes of a conversation say something on a theme, without the notes.
create view conversations_note_v as
select conversation_id, theme_key, case when trim(text) <> '' then true else false end as written
from note;

-- A running-agenda topic: which side added it and the conversation it counts for, without its text.
create view conversations_agenda_topic_v as
select side, counts_for
from agenda_topic;

-- An agreement made in a conversation, without its description.
create view conversations_agreement_v as
select id, conversation_id, owner, status, due_date, updated_at
from agreement;
