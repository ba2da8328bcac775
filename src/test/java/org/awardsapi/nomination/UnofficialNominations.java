package org.awardsapi.nomination;

import jakarta.persistence.EntityManager;
import org.awardsapi.award.Category;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.film.Film;
import org.awardsapi.person.Person;

/**
 * Two nominations that are not official, of one person and one film at the 97th Academy
 * Awards: one that won (as the 2nd ceremony's winners, announced without nominations, or
 * Hal Mohr's write-in at the 8th) and one that did not (a withdrawn nomination). Only the
 * win counts.
 */
public final class UnofficialNominations {

	private UnofficialNominations() {
	}

	/**
	 * Persists and flushes both.
	 * @param em the entity manager of the test's transaction
	 * @param person the person's slug
	 * @param film the film's slug
	 */
	public static void add(EntityManager em, String person, String film) {
		Ceremony ceremony = one(em, Ceremony.class, "oscars-97");
		Person nominee = one(em, Person.class, person);
		Film nominated = one(em, Film.class, film);
		em.persist(
				new Nomination(ceremony, category(em, "cinematography"), "Cinematography", 98, true).addPerson(nominee)
					.addFilm(nominated)
					.markUnofficial());
		em.persist(new Nomination(ceremony, category(em, "sound"), "Sound", 99, false).addPerson(nominee)
			.addFilm(nominated)
			.markUnofficial());
		em.flush();
	}

	private static <T> T one(EntityManager em, Class<T> type, String slug) {
		return em.createQuery("select e from " + type.getSimpleName() + " e where e.slug = :slug", type)
			.setParameter("slug", slug)
			.getSingleResult();
	}

	private static Category category(EntityManager em, String slug) {
		return em
			.createQuery("select k from Category k where k.slug = :slug and k.award.slug = 'oscars'", Category.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

}
