package org.awardsapi.film;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FilmRepository extends JpaRepository<Film, Long> {

	Optional<Film> findBySlug(String slug);

	Optional<Film> findByImdbId(String imdbId);

}
