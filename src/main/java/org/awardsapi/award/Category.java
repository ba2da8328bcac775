package org.awardsapi.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.shared.Slugs;
import org.springframework.util.Assert;

/**
 * A prize of an award under its canonical name ("Best Picture"), whatever it was called
 * in a given year; the name as presented is kept on each nomination.
 */
@Entity
@Table(name = "category")
public class Category extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "award_id", nullable = false)
	private Award award;

	@Column(nullable = false, length = 120)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	/**
	 * The name folded as search folds it: what {@code sort=name} orders by, compared by
	 * code point on every database ({@code V28__Fill_more_sort_keys}).
	 */
	@Column(name = "sort_key", nullable = false, length = 1000)
	private String sortKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "category_class", nullable = false, length = 20)
	private CategoryClass categoryClass;

	protected Category() {
	}

	public Category(Award award, String slug, String name, CategoryClass categoryClass) {
		Assert.notNull(award, "award is required");
		this.award = award;
		update(slug, name, categoryClass);
	}

	/**
	 * Replaces what can be edited; a category stays with its award.
	 */
	public void update(String slug, String name, CategoryClass categoryClass) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		Assert.notNull(categoryClass, "class is required");
		this.slug = slug;
		this.name = name;
		this.sortKey = Slugs.sortKey(name);
		this.categoryClass = categoryClass;
	}

	public Award getAward() {
		return this.award;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public CategoryClass getCategoryClass() {
		return this.categoryClass;
	}

}
