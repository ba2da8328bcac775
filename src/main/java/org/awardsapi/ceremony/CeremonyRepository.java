package org.awardsapi.ceremony;

import java.util.Optional;

import org.awardsapi.award.Award;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CeremonyRepository extends JpaRepository<Ceremony, Long> {

	Optional<Ceremony> findBySlug(String slug);

	Optional<Ceremony> findByAwardAndEdition(Award award, int edition);

}
