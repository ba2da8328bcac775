package org.awardsapi.award;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

	Optional<Category> findByAwardAndSlug(Award award, String slug);

	java.util.List<Category> findAllBySlug(String slug);

}
