-- A number that moves whenever what development publishes in its views (development_competency_v,
-- development_chosen_competency_v, development_organisation_goal_v, development_goal_v) may have
-- changed. The same contract as people_data_version (V39): moved by PostgreSQL's triggers
-- (db/vendor/postgresql), 0 on H2.
create table development_data_version (
    id      int    not null primary key,
    version bigint not null
);
insert into development_data_version (id, version) values (1, 0);

create view development_data_version_v as
select version
from development_data_version;
