-- data_load.loaded_at holds a moment (an Instant), which V1 declared as a timestamp without
-- time zone: a wall-clock reading, taken in the session's time zone when written and read
-- back in the session's time zone of the day, so a server moved to another zone read
-- another moment. Existing rows are converted in the session's time zone, the one they were
-- written in. Portable SQL, as V20: the same on H2 and PostgreSQL.
alter table data_load alter column loaded_at set data type timestamp with time zone;
