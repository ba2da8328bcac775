package org.awardsapi.person;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findBySlug(String slug);

	Optional<Person> findByImdbId(String imdbId);

}
