-- Erasure on request (art. 17 AVG) and retention: an erased person's row stays, because conversations,
-- agreements and the audit trail refer to it by id, but it is anonymised ("Verwijderde medewerker", no
-- address, no password) and marked here, so retention never selects it again and pages can say so.
alter table employee add column erased_at timestamp with time zone;
