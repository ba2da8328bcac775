package org.awardsapi.ceremony;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.awardsapi.award.Award;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.shared.Slugs;
import org.springframework.util.Assert;

/**
 * One edition of an award: the 97th Academy Awards, held on 2 March 2025 for the films of
 * 2024.
 */
@Entity
@Table(name = "ceremony")
public class Ceremony extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "award_id", nullable = false)
	private Award award;

	@Column(nullable = false)
	private int edition;

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

	@Column(name = "held_on")
	private LocalDate date;

	@Column(name = "film_year", length = 20)
	private String filmYear;

	@Column(length = 300)
	private String venue;

	protected Ceremony() {
	}

	public Ceremony(Award award, int edition, String slug, String name, LocalDate date, String filmYear, String venue) {
		Assert.notNull(award, "award is required");
		this.award = award;
		update(edition, slug, name, date, filmYear, venue);
	}

	/**
	 * Replaces what can be edited; a ceremony stays with its award.
	 */
	public void update(int edition, String slug, String name, LocalDate date, String filmYear, String venue) {
		Assert.isTrue(edition > 0, "edition must be positive");
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		this.edition = edition;
		this.slug = slug;
		this.name = name;
		this.sortKey = Slugs.sortKey(name);
		this.date = date;
		this.filmYear = filmYear;
		this.venue = venue;
	}

	public Award getAward() {
		return this.award;
	}

	public int getEdition() {
		return this.edition;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public String getFilmYear() {
		return this.filmYear;
	}

	public String getVenue() {
		return this.venue;
	}

}
