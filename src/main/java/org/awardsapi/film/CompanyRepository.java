package org.awardsapi.film;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepository extends JpaRepository<Company, Long> {

	Optional<Company> findBySlug(String slug);

	Optional<Company> findByImdbId(String imdbId);

}
