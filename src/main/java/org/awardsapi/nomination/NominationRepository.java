package org.awardsapi.nomination;

import java.util.List;

import org.awardsapi.ceremony.Ceremony;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

	@EntityGraph(attributePaths = { "category", "films", "nominees" })
	List<Nomination> findAllByCeremony(Ceremony ceremony);

}
