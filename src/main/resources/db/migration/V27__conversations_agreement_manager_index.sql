-- A manager's agreements (the agreements page, the count behind its pages) were found by scanning every
-- agreement of the organisation: manager_id had no index (50-62 ms at 835,000 agreements). Newest
-- first through the same index.
create index agreement_manager_idx on agreement (manager_id, id);
create index agreement_employee_id_idx on agreement (employee_id, id);
