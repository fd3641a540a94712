-- What each held conversation's record says of the running-agenda topics on its agenda: written when
-- the conversation is closed, like the rest of the record, so a topic carried over and settled later
-- still reads "not discussed" (outcome null) or "parked" in the record of the conversation where it was so.
create table agenda_topic_outcome (
    conversation_id bigint        not null references conversation (id),
    topic_id        bigint        not null references agenda_topic (id),
    outcome         varchar(20),
    outcome_note    varchar(1000),
    primary key (conversation_id, topic_id)
);
create index agenda_topic_outcome_topic_idx on agenda_topic_outcome (topic_id);

-- Conversations closed before this table: what their topics say now is the best we know. The outcome
-- of the conversation it was settled in, and "not discussed" where it counted but was settled elsewhere.
insert into agenda_topic_outcome (conversation_id, topic_id, outcome, outcome_note)
select t.settled_during, t.id, t.outcome, t.outcome_note
from agenda_topic t join conversation c on c.id = t.settled_during
where c.status in ('HELD', 'COMPLETED');
insert into agenda_topic_outcome (conversation_id, topic_id, outcome, outcome_note)
select t.counts_for, t.id, null, null
from agenda_topic t join conversation c on c.id = t.counts_for
where c.status in ('HELD', 'COMPLETED') and (t.settled_during is null or t.settled_during <> t.counts_for);
