package org.awardsapi.source;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

}
