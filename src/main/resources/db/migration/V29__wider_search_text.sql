-- The folded search text of a person, film or company holds every word of its names, and
-- a name folds into up to six times its length (Slugs.fold: the ligature ﬃ is ffi, the
-- sign ㎯ is rad s2). A person's text is the name and up to 50 other names of up to 300
-- characters each (PersonRequest), 92,000 characters at most; a film's is its title of up
-- to 500, a company's its name of up to 300. The columns were 2000 and 1000 long, so such a
-- write failed in the database (a 500). The sort keys stay 1000 long: the application
-- keeps their first 1000 characters (Slugs.sortKey), and the search suffixes their first
-- 100 (Slugs.indexed). SET DATA TYPE is the standard SQL that H2 and PostgreSQL both take;
-- PostgreSQL only changes the limit, without rewriting the rows.
alter table person alter column search_text set data type varchar(100000);
alter table film alter column search_text set data type varchar(4000);
alter table company alter column search_text set data type varchar(2000);
