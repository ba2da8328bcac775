package org.awardsapi.ceremony;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PresentationRepository extends JpaRepository<Presentation, Long> {

	boolean existsByCeremonyAndCategoryIdAndPresenterId(Ceremony ceremony, Long categoryId, Long presenterId);

}
