-- One row per scheduled job (ShedLock): whichever app node takes the row runs the job, the others
-- skip that turn. Owned by the shell, which schedules the jobs of every module.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
