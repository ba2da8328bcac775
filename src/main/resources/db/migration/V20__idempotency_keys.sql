-- Idempotency-Key on POST: the first response to each (user, key), replayed to a retry
-- within the retention (24 h by default, awards.idempotency.ttl), then purged. Kept in the
-- database, not in an instance's memory, so that a retry may reach any instance.
-- Portable SQL: bytea and timestamp with time zone mean the same on H2 and PostgreSQL.
create table idempotency_key (
    principal       varchar(255)  not null,
    idempotency_key varchar(255)  not null,
    -- SHA-256, in hex, of the method, the path and query, and the body
    request_hash    varchar(64)   not null,
    -- null while the first request runs
    status          integer,
    content_type    varchar(255),
    location        varchar(2000),
    etag            varchar(255),
    body            bytea,
    created_at      timestamp with time zone not null,
    constraint idempotency_key_pk primary key (principal, idempotency_key)
);

create index idempotency_key_created_at_ix on idempotency_key (created_at);
