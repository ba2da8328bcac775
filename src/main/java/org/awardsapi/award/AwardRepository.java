package org.awardsapi.award;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRepository extends JpaRepository<Award, Long> {

	Optional<Award> findBySlug(String slug);

}
