-- A number that moves whenever what people publishes in its views (people_employee_v, people_team_v)
-- may have changed: a team, a manager, a person joining, leaving or being erased. Another module may
-- keep figures computed from those views as long as this number stands (the HR dashboard does).
-- Only a PostgreSQL database moves it: its triggers (db/vendor/postgresql, V42) catch every writer, also
-- plain SQL. On H2 it stays 0, and nobody may keep figures by it there (see insights' DataVersions).
create table people_data_version (
    id      int    not null primary key,
    version bigint not null
);
insert into people_data_version (id, version) values (1, 0);

create view people_data_version_v as
select version
from people_data_version;
