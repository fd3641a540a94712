-- The read model's version: moved whenever one of its rows changes, by PostgreSQL's triggers
-- (db/vendor/postgresql, V44), so a dashboard kept in memory can tell it still holds (see insights'
-- DataVersions). Stays 0 on H2, like people's and development's (V39).
alter table insight_lock add column version bigint default 0 not null;
