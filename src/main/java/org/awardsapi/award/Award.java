package org.awardsapi.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.shared.Slugs;
import org.springframework.util.Assert;

/**
 * An award programme, such as the Academy Awards or the Cannes Film Festival.
 */
@Entity
@Table(name = "award")
public class Award extends AbstractEntity {

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	/**
	 * The name folded as search folds it: what {@code sort=name} orders by, compared by
	 * code point on every database ({@code V28__Fill_more_sort_keys}).
	 */
	@Column(name = "sort_key", nullable = false, length = 1000)
	private String sortKey;

	@Column(name = "presented_by", length = 300)
	private String presentedBy;

	protected Award() {
	}

	public Award(String slug, String name, String presentedBy) {
		update(slug, name, presentedBy);
	}

	/**
	 * Replaces what can be edited.
	 */
	public void update(String slug, String name, String presentedBy) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		this.slug = slug;
		this.name = name;
		this.sortKey = Slugs.sortKey(name);
		this.presentedBy = presentedBy;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getPresentedBy() {
		return this.presentedBy;
	}

}
