-- What the people module publishes for other modules' SQL. A module owns its tables; another module
-- reads them only through its owner's API, its events, or a view like these (TableOwnershipTests checks
-- every module's SQL). Naming scheme: <owning module>_<what>_v, so the owner is in the name. A view
-- has only the columns other modules use (no address, password or language) and is a plain projection,
-- which H2 and PostgreSQL merge into the query that reads it, so the tables' indexes still serve it.
-- Changing people's tables means keeping these views' columns and meaning.

-- A person as other modules see them: their team, their manager, whether they work here now, and
-- their name (or the placeholder once erased).
create view people_employee_v as
select id, name, team_id, manager_id, active, erased_at
from employee;

-- A team: its name, and whether it is still in use.
create view people_team_v as
select id, name, active
from team;
