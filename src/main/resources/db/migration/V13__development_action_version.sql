-- An action in a development plan can now be changed and removed; its version keeps a second tab
-- from overwriting a change it has not seen.
alter table development_action add column version int default 0 not null;
