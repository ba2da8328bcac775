-- Sort keys of the names and titles that V25 left sorted as written: awards, categories
-- and ceremonies by name, sources by title, folded as search folds (Slugs.fold), so that
-- every list sorts ignoring case, accents and punctuation, alike on every database. The
-- application writes them with the name; the rows already stored get theirs from the Java
-- migration V28 (org.awardsapi.shared.V28__Fill_more_sort_keys), which then makes the
-- columns required and, on PostgreSQL, compared by code point.
alter table award add column sort_key varchar(1000);
alter table category add column sort_key varchar(1000);
alter table ceremony add column sort_key varchar(1000);
alter table source add column sort_key varchar(1000);
