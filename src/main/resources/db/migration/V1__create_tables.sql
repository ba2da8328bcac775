-- The Awards API schema. One set of migrations for H2 and PostgreSQL: portable SQL only.
-- Every table has a version column for optimistic locking; every foreign key has an index.
-- Ids come from one sequence per table, allocated 50 at a time, so that inserts can be batched.

create sequence source_seq start with 1 increment by 50;
create sequence award_seq start with 1 increment by 50;
create sequence category_seq start with 1 increment by 50;
create sequence ceremony_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;
create sequence company_seq start with 1 increment by 50;
create sequence film_seq start with 1 increment by 50;
create sequence film_company_seq start with 1 increment by 50;
create sequence credit_seq start with 1 increment by 50;
create sequence nomination_seq start with 1 increment by 50;
create sequence nominee_seq start with 1 increment by 50;
create sequence presentation_seq start with 1 increment by 50;
create sequence quote_seq start with 1 increment by 50;

create table source (
    id           bigint not null primary key,
    slug         varchar(120)  not null,
    title        varchar(500)  not null,
    publisher    varchar(200),
    published_on date,
    url          varchar(1000),
    version      bigint        not null default 0,
    constraint source_slug_uk unique (slug)
);

create table award (
    id           bigint not null primary key,
    slug         varchar(80)   not null,
    name         varchar(200)  not null,
    presented_by varchar(300),
    version      bigint        not null default 0,
    constraint award_slug_uk unique (slug)
);

create table category (
    id             bigint not null primary key,
    award_id       bigint        not null references award (id),
    slug           varchar(120)  not null,
    name           varchar(200)  not null,
    category_class varchar(20)   not null,
    version        bigint        not null default 0,
    constraint category_award_slug_uk unique (award_id, slug)
);
create index category_slug_ix on category (slug);

create table ceremony (
    id        bigint not null primary key,
    award_id  bigint        not null references award (id),
    edition   integer       not null,
    slug      varchar(80)   not null,
    name      varchar(200)  not null,
    held_on   date,
    film_year varchar(20),
    venue     varchar(300),
    version   bigint        not null default 0,
    constraint ceremony_slug_uk unique (slug),
    constraint ceremony_award_edition_uk unique (award_id, edition)
);
create index ceremony_held_on_ix on ceremony (held_on);

create table person (
    id          bigint not null primary key,
    slug        varchar(200)  not null,
    name        varchar(300)  not null,
    imdb_id     varchar(20),
    search_text varchar(2000) not null,
    version     bigint        not null default 0,
    constraint person_slug_uk unique (slug),
    constraint person_imdb_uk unique (imdb_id)
);

create table person_other_name (
    person_id bigint       not null references person (id),
    position  integer      not null,
    name      varchar(300) not null,
    constraint person_other_name_pk primary key (person_id, position)
);

create table company (
    id          bigint not null primary key,
    slug        varchar(200)  not null,
    name        varchar(300)  not null,
    imdb_id     varchar(20),
    search_text varchar(1000) not null,
    version     bigint        not null default 0,
    constraint company_slug_uk unique (slug),
    constraint company_imdb_uk unique (imdb_id)
);

create table film (
    id           bigint not null primary key,
    slug         varchar(300)  not null,
    title        varchar(500)  not null,
    release_year integer,
    imdb_id      varchar(20),
    synopsis     varchar(4000),
    search_text  varchar(1000) not null,
    version      bigint        not null default 0,
    constraint film_slug_uk unique (slug),
    constraint film_imdb_uk unique (imdb_id)
);
create index film_release_year_ix on film (release_year);

create table film_company (
    id         bigint not null primary key,
    film_id    bigint       not null references film (id),
    company_id bigint       not null references company (id),
    role       varchar(20)  not null,
    source_id  bigint references source (id),
    version    bigint       not null default 0,
    constraint film_company_uk unique (film_id, company_id, role)
);
create index film_company_company_ix on film_company (company_id);
create index film_company_source_ix on film_company (source_id);

create table credit (
    id             bigint not null primary key,
    film_id        bigint       not null references film (id),
    person_id      bigint       not null references person (id),
    job            varchar(20)  not null,
    character_name varchar(300),
    position       integer      not null,
    source_id      bigint references source (id),
    version        bigint       not null default 0
);
create index credit_film_ix on credit (film_id);
create index credit_person_ix on credit (person_id);
create index credit_source_ix on credit (source_id);

create table nomination (
    id            bigint not null primary key,
    ceremony_id   bigint        not null references ceremony (id),
    category_id   bigint        not null references category (id),
    category_name varchar(300)  not null,
    credit        varchar(2000),
    detail        varchar(2000),
    note          varchar(4000),
    citation      varchar(4000),
    won           boolean       not null,
    official      boolean       not null default true,
    position      integer       not null,
    version       bigint        not null default 0
);
create index nomination_ceremony_category_ix on nomination (ceremony_id, category_id);
create index nomination_category_ix on nomination (category_id);

create table nomination_film (
    nomination_id bigint  not null references nomination (id),
    position      integer not null,
    film_id       bigint  not null references film (id),
    constraint nomination_film_pk primary key (nomination_id, position)
);
create index nomination_film_film_ix on nomination_film (film_id);

create table nominee (
    id            bigint not null primary key,
    nomination_id bigint       not null references nomination (id),
    position      integer      not null,
    kind          varchar(20)  not null,
    name          varchar(500) not null,
    person_id     bigint references person (id),
    company_id    bigint references company (id),
    version       bigint       not null default 0,
    constraint nominee_position_uk unique (nomination_id, position)
);
create index nominee_person_ix on nominee (person_id);
create index nominee_company_ix on nominee (company_id);

create table nomination_source (
    nomination_id bigint not null references nomination (id),
    source_id     bigint not null references source (id),
    constraint nomination_source_pk primary key (nomination_id, source_id)
);
create index nomination_source_source_ix on nomination_source (source_id);

create table presentation (
    id          bigint not null primary key,
    ceremony_id bigint not null references ceremony (id),
    category_id bigint not null references category (id),
    person_id   bigint not null references person (id),
    source_id   bigint references source (id),
    version     bigint not null default 0
);
create index presentation_ceremony_ix on presentation (ceremony_id);
create index presentation_category_ix on presentation (category_id);
create index presentation_person_ix on presentation (person_id);
create index presentation_source_ix on presentation (source_id);

create table quote (
    id            bigint not null primary key,
    person_id     bigint        not null references person (id),
    ceremony_id   bigint        not null references ceremony (id),
    nomination_id bigint references nomination (id),
    text          varchar(4000) not null,
    source_id     bigint references source (id),
    version       bigint        not null default 0
);
create index quote_person_ix on quote (person_id);
create index quote_ceremony_ix on quote (ceremony_id);
create index quote_nomination_ix on quote (nomination_id);
create index quote_source_ix on quote (source_id);

-- What the application has loaded (the seed, imports), so that loading twice changes nothing.
create table data_load (
    name      varchar(120) not null primary key,
    checksum  varchar(64)  not null,
    loaded_at timestamp    not null
);
