package org.awardsapi.ceremony;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.awardsapi.award.Category;
import org.awardsapi.person.Person;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.source.Source;
import org.springframework.util.Assert;

/**
 * Who presented a category at a ceremony: Quentin Tarantino presented Directing at the
 * 97th Academy Awards.
 */
@Entity
@Table(name = "presentation")
public class Presentation extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ceremony_id", nullable = false)
	private Ceremony ceremony;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id", nullable = false)
	private Category category;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private Person presenter;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	protected Presentation() {
	}

	public Presentation(Ceremony ceremony, Category category, Person presenter, Source source) {
		update(ceremony, category, presenter, source);
	}

	/**
	 * Replaces what can be edited.
	 */
	public void update(Ceremony ceremony, Category category, Person presenter, Source source) {
		Assert.notNull(ceremony, "ceremony is required");
		Assert.notNull(category, "category is required");
		Assert.notNull(presenter, "presenter is required");
		Assert.isTrue(category.getAward().equals(ceremony.getAward()),
				"the category must belong to the ceremony's award");
		this.ceremony = ceremony;
		this.category = category;
		this.presenter = presenter;
		this.source = source;
	}

	public Ceremony getCeremony() {
		return this.ceremony;
	}

	public Category getCategory() {
		return this.category;
	}

	public Person getPresenter() {
		return this.presenter;
	}

	public Source getSource() {
		return this.source;
	}

}
