-- Sort keys: the name or title of each person, film and company folded as search folds it
-- (Slugs.fold: lower case, no accents, punctuation a space), what sort=name and
-- sort=title order by. The application writes them with the name; the rows already stored
-- get theirs from the Java migration V26 (org.awardsapi.shared.V26__Fill_sort_keys), which
-- then makes the columns required and, on PostgreSQL, compared by code point.
alter table person add column sort_key varchar(1000);
alter table film add column sort_key varchar(1000);
alter table company add column sort_key varchar(1000);
