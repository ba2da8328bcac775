package org.awardsapi.shared;

import java.time.LocalDate;

import org.awardsapi.award.Award;
import org.awardsapi.award.Category;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.nomination.Nomination;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities are equal by class and id, whether an entity is loaded or only a lazy
 * reference to it: the rules that compare entities ("the category must belong to the
 * ceremony's award") must hold for entities read from the database.
 */
@DataJpaTest(showSql = false)
class AbstractEntityTest {

	@Autowired
	private TestEntityManager entityManager;

	private Long awardId;

	private Long ceremonyId;

	private Long categoryId;

	@BeforeEach
	void storeAnAwardWithACeremonyAndACategory() {
		Award oscars = this.entityManager.persist(new Award("oscars", "Academy Awards", null));
		this.awardId = oscars.getId();
		this.ceremonyId = this.entityManager
			.persist(new Ceremony(oscars, 97, "oscars-97", "97th Academy Awards", LocalDate.of(2025, 3, 2), "2024",
					null))
			.getId();
		this.categoryId = this.entityManager
			.persist(new Category(oscars, "directing", "Directing", CategoryClass.Directing))
			.getId();
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void anEntityAndALazyReferenceToItAreEqualEitherWayRound() {
		Award award = this.entityManager.find(Award.class, this.awardId);
		assertThat(Hibernate.isInitialized(award)).isTrue();
		this.entityManager.clear();
		Award reference = this.entityManager.getEntityManager().getReference(Award.class, this.awardId);
		assertThat(Hibernate.isInitialized(reference)).isFalse();

		assertThat(reference.equals(award)).isTrue();
		assertThat(award.equals(reference)).isTrue();
		assertThat(reference.equals(reference)).isTrue();
		assertThat(reference).hasSameHashCodeAs(award);
	}

	@Test
	void entitiesOfAnotherClassOrIdOrWithoutIdAreNotEqual() {
		Award award = this.entityManager.find(Award.class, this.awardId);
		Category category = this.entityManager.find(Category.class, this.categoryId);
		Award unsaved = new Award("oscars", "Academy Awards", null);
		assertThat(award).isNotEqualTo(category)
			.isNotEqualTo(unsaved)
			.isNotEqualTo(this.entityManager.persist(new Award("cannes", "Cannes Film Festival", null)));
		assertThat(unsaved).isNotEqualTo(new Award("oscars", "Academy Awards", null)).isEqualTo(unsaved);
	}

	@Test
	void aNominationTakesACategoryOfTheCeremonysAwardReadFromTheDatabase() {
		Ceremony ceremony = this.entityManager.find(Ceremony.class, this.ceremonyId);
		Category category = this.entityManager.find(Category.class, this.categoryId);
		assertThat(Hibernate.isInitialized(ceremony.getAward())).isFalse();

		Nomination nomination = new Nomination(ceremony, category, null, 0, true);

		assertThat(nomination.getCategory()).isSameAs(category);
	}

}
