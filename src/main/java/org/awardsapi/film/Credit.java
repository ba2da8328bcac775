package org.awardsapi.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.awardsapi.person.Person;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.source.Source;

/**
 * A person's work on a film: Sean Baker directed Anora; Mikey Madison played Anora "Ani"
 * Mikheeva. Made through {@link Film#credit}.
 */
@Entity
@Table(name = "credit")
public class Credit extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id", nullable = false)
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private Person person;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Job job;

	@Column(name = "character_name", length = 300)
	private String character;

	@Column(nullable = false)
	private int position;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	protected Credit() {
	}

	Credit(Film film, Person person, Job job, String character, int position, Source source) {
		this.film = film;
		this.person = person;
		this.job = job;
		this.character = character;
		this.position = position;
		this.source = source;
	}

	/**
	 * Replaces what can be edited; a credit stays with its film.
	 */
	public void update(Person person, Job job, String character, Source source) {
		org.springframework.util.Assert.notNull(person, "person is required");
		org.springframework.util.Assert.notNull(job, "job is required");
		this.person = person;
		this.job = job;
		this.character = character;
		this.source = source;
	}

	public Film getFilm() {
		return this.film;
	}

	public Person getPerson() {
		return this.person;
	}

	public Job getJob() {
		return this.job;
	}

	public String getCharacter() {
		return this.character;
	}

	public int getPosition() {
		return this.position;
	}

	public Source getSource() {
		return this.source;
	}

}
