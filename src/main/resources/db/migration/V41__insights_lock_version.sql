-- Every change to the read model and its totals locks insight_lock's row first; it now also moves
-- this number, so a dashboard kept in memory can tell it still holds (see insights' DataVersions).
alter table insight_lock add column version bigint default 0 not null;
