package org.awardsapi.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.source.Source;
import org.springframework.util.Assert;

/**
 * Words a person said at a ceremony, such as an acceptance speech, with the nomination
 * they belong to where there is one.
 */
@Entity
@Table(name = "quote")
public class Quote extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ceremony_id", nullable = false)
	private Ceremony ceremony;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "nomination_id")
	private Nomination nomination;

	@Column(nullable = false, length = 4000)
	private String text;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	protected Quote() {
	}

	public Quote(Person person, Ceremony ceremony, Nomination nomination, String text, Source source) {
		update(person, ceremony, nomination, text, source);
	}

	/**
	 * Replaces what can be edited.
	 */
	public void update(Person person, Ceremony ceremony, Nomination nomination, String text, Source source) {
		Assert.notNull(person, "person is required");
		Assert.notNull(ceremony, "ceremony is required");
		Assert.hasText(text, "text is required");
		Assert.isTrue(nomination == null || nomination.getCeremony().equals(ceremony),
				"the nomination must be of the same ceremony");
		this.person = person;
		this.ceremony = ceremony;
		this.nomination = nomination;
		this.text = text;
		this.source = source;
	}

	public Person getPerson() {
		return this.person;
	}

	public Ceremony getCeremony() {
		return this.ceremony;
	}

	public Nomination getNomination() {
		return this.nomination;
	}

	public String getText() {
		return this.text;
	}

	public Source getSource() {
		return this.source;
	}

}
