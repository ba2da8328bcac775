package org.awardsapi.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.shared.Slugs;
import org.springframework.util.Assert;

/**
 * Where a fact comes from: an article, a database, a press release.
 */
@Entity
@Table(name = "source")
public class Source extends AbstractEntity {

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, length = 500)
	private String title;

	/**
	 * The title folded as search folds it: what {@code sort=title} orders by, compared by
	 * code point on every database ({@code V28__Fill_more_sort_keys}).
	 */
	@Column(name = "sort_key", nullable = false, length = 1000)
	private String sortKey;

	@Column(length = 200)
	private String publisher;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(length = 1000)
	private String url;

	protected Source() {
	}

	public Source(String slug, String title, String publisher, LocalDate publishedOn, String url) {
		update(slug, title, publisher, publishedOn, url);
	}

	/**
	 * Replaces what can be edited.
	 */
	public void update(String slug, String title, String publisher, LocalDate publishedOn, String url) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(title, "title is required");
		this.slug = slug;
		this.title = title;
		this.sortKey = Slugs.sortKey(title);
		this.publisher = publisher;
		this.publishedOn = publishedOn;
		this.url = url;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getUrl() {
		return this.url;
	}

}
