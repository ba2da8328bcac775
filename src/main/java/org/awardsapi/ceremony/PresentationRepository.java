package org.awardsapi.ceremony;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PresentationRepository extends JpaRepository<Presentation, Long> {

	boolean existsByCeremonyAndCategoryIdAndPresenterId(Ceremony ceremony, Long categoryId, Long presenterId);

	/**
	 * Whether another presentation than one gives the same person the same category at
	 * the same ceremony.
	 */
	boolean existsByCeremonyAndCategoryIdAndPresenterIdAndIdNot(Ceremony ceremony, Long categoryId, Long presenterId,
			Long id);

}
