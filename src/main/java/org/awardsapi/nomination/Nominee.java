package org.awardsapi.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.awardsapi.film.Company;
import org.awardsapi.person.Person;
import org.awardsapi.shared.AbstractEntity;

/**
 * One of the ordered nominees of a nomination: a person, a company, or a named non-person
 * such as a country. Made through {@link Nomination}.
 */
@Entity
@Table(name = "nominee")
public class Nominee extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "nomination_id", nullable = false)
	private Nomination nomination;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private NomineeKind kind;

	@Column(nullable = false, length = 500)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "company_id")
	private Company company;

	protected Nominee() {
	}

	Nominee(Nomination nomination, int position, NomineeKind kind, String name, Person person, Company company) {
		this.nomination = nomination;
		this.position = position;
		this.kind = kind;
		this.name = name;
		this.person = person;
		this.company = company;
	}

	/**
	 * Makes this row another nominee at the same position of the same nomination.
	 */
	void become(NomineeKind kind, String name, Person person, Company company) {
		this.kind = kind;
		this.name = name;
		this.person = person;
		this.company = company;
	}

	public Nomination getNomination() {
		return this.nomination;
	}

	public int getPosition() {
		return this.position;
	}

	public NomineeKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public Person getPerson() {
		return this.person;
	}

	public Company getCompany() {
		return this.company;
	}

}
