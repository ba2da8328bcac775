package org.awardsapi.person;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

	boolean existsByPersonAndText(Person person, String text);

}
