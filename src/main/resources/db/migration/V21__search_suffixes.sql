-- Search by index: the suffixes (of 3 letters or more) of every word of each searchable
-- row's folded search text. A query word is found with suffix like 'word%', a range of the
-- primary key, instead of search_text like '%word%' over every row. The application
-- writes them with the search text (Slugs.suffixes); the rows already stored get theirs
-- from the Java migration V22 (org.awardsapi.shared.V22__Fill_search_suffixes).
create table person_search (
    suffix    varchar(500) not null,
    person_id bigint       not null references person (id),
    constraint person_search_pk primary key (suffix, person_id)
);
create index person_search_person_ix on person_search (person_id);

create table film_search (
    suffix  varchar(500) not null,
    film_id bigint       not null references film (id),
    constraint film_search_pk primary key (suffix, film_id)
);
create index film_search_film_ix on film_search (film_id);

create table company_search (
    suffix     varchar(500) not null,
    company_id bigint       not null references company (id),
    constraint company_search_pk primary key (suffix, company_id)
);
create index company_search_company_ix on company_search (company_id);
