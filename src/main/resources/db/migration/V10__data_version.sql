-- The version of the data as a whole: one row, incremented in the transaction of every
-- write (seed load, import, edit). HTTP ETags are derived from it, so a write changes
-- every tag, and an instance can answer If-None-Match without reading the data.
create table data_version (
    id      integer not null primary key,
    version bigint  not null,
    constraint data_version_one_row check (id = 1)
);

insert into data_version (id, version) values (1, 0);
