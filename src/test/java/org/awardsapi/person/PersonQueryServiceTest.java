package org.awardsapi.person;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.awardsapi.SeededJpaTest;
import org.awardsapi.nomination.UnofficialNominations;
import org.awardsapi.shared.Slugs;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SeededJpaTest
class PersonQueryServiceTest {

	@Autowired
	PersonQueryService people;

	@Autowired
	EntityManager em;

	@Test
	void searchesNamesAndOtherSpellings() {
		assertThat(this.people.people("KARLA sofia GASCON", PageQuery.first(20)).content()).extracting(PersonView::name)
			.containsExactly("Karla Sofía Gascón");
		assertThat(this.people.people("baker sean", PageQuery.first(20)).content()).extracting(PersonView::slug)
			.containsExactly("sean-baker");
		assertThat(this.people.people("nobody named this", PageQuery.first(20)).content()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "bak", "aker", "baker", "sean baker", "an", "a", "ian", "gascon karla", "son", "zzz",
			"er jr", "mikey madison", "moritz", "holtz", "ltz", "binder moritz", "schwartz" })
	void findsByItsIndexOfSuffixesExactlyWhomAScanOfEverySearchTextFinds(String query) {
		StringBuilder where = new StringBuilder("1 = 1");
		String[] words = Slugs.words(query);
		for (int i = 0; i < words.length; i++) {
			where.append(" and p.searchText like :w").append(i);
		}
		TypedQuery<String> scan = this.em.createQuery(
				"select p.slug from Person p where " + where + " order by p.sortKey, p.name, p.id", String.class);
		for (int i = 0; i < words.length; i++) {
			scan.setParameter("w" + i, "%" + words[i] + "%");
		}
		assertThat(this.people.people(query, PageQuery.first(PageQuery.MAX_SIZE)).content())
			.extracting(PersonView::slug)
			.containsExactlyElementsOf(scan.setMaxResults(PageQuery.MAX_SIZE).getResultList());
	}

	@Test
	void findsAPersonByANameGivenAfterARename() {
		Person person = this.em.createQuery("select p from Person p where p.slug = 'sean-baker'", Person.class)
			.getSingleResult();
		person.update(person.getSlug(), "Sean Quokka", person.getImdbId(), List.copyOf(person.getOtherNames()));
		this.em.flush();
		assertThat(this.people.people("quokka", PageQuery.first(20)).content()).extracting(PersonView::slug)
			.containsExactly("sean-baker");
		assertThat(this.people.people("baker", PageQuery.first(20)).content()).extracting(PersonView::slug)
			.doesNotContain("sean-baker");
	}

	@Test
	void onlyLettersAndDigitsMakeWordsAndNoCharacterIsAWildcard() {
		rename("sean-baker", "Sean 100% Ba_ker");
		this.em.flush();
		long everyone = this.people.people(null, PageQuery.first(1)).page().totalElements();
		for (String nothingToLookFor : List.of("", " ", "%", "_", "% _ -")) {
			assertThat(this.people.people(nothingToLookFor, PageQuery.first(1)).page().totalElements())
				.as("q=" + nothingToLookFor)
				.isEqualTo(everyone);
		}
		// letters that folding drops (no name's folded text holds them) find no one
		for (String otherScript : List.of("Сер", "黒澤", "Σεαν", "Сер %")) {
			assertThat(this.people.people(otherScript, PageQuery.first(1)).page().totalElements())
				.as("q=" + otherScript)
				.isZero();
		}
		assertThat(this.people.people("Сер sean", PageQuery.first(20)).content()).extracting(PersonView::slug)
			.contains("sean-baker");
		// '%' and '_' part words as a space does; as wildcards they would find others
		for (String query : List.of("100%", "ba_ker", "b%r", "s_n")) {
			assertThat(this.people.people(query, PageQuery.first(200)).content()).extracting(PersonView::slug)
				.as("q=" + query)
				.isEqualTo(this.people.people(query.replaceAll("[%_]", " "), PageQuery.first(200))
					.content()
					.stream()
					.map(PersonView::slug)
					.toList());
		}
		assertThat(this.people.people("ba_ker", PageQuery.first(20)).content()).extracting(PersonView::slug)
			.containsExactly("sean-baker");
		assertThat(this.people.people("sean%ba", PageQuery.first(20)).content()).extracting(PersonView::slug)
			.contains("sean-baker");
	}

	@Test
	void findsAPersonOnceWhenSeveralOfTheirWordsMatchAndCountsThemOnce() {
		rename("sean-baker", "Quokka Quokkas Quokkaburra");
		rename("mikey-madison", "Quokkaburra Lee");
		this.em.flush();
		assertThat(this.people.people("quokk", PageQuery.first(20)).content()).extracting(PersonView::slug)
			.containsExactly("sean-baker", "mikey-madison");
		PageResponse<PersonView> first = this.people.people("quokk burra", PageQuery.first(1));
		assertThat(first.content()).extracting(PersonView::slug).containsExactly("sean-baker");
		assertThat(first.page().totalElements()).isEqualTo(2);
	}

	@Test
	void countsOfficialNominationsAndWinsPerPerson() {
		PersonView disney = this.people.people("walt disney", PageQuery.first(20)).content().get(0);
		assertThat(disney.nominations()).isEqualTo(6);
		assertThat(disney.wins()).isEqualTo(4);
	}

	@Test
	void countsAWinThatWasNotAnOfficialNominationButNotANominationThatLost() {
		PersonView before = this.people.people("sean baker", PageQuery.first(1)).content().get(0);
		PersonDetail detailBefore = this.people.person("sean-baker").body();
		UnofficialNominations.add(this.em, "sean-baker", "anora-2024");
		PersonView after = this.people.people("sean baker", PageQuery.first(1)).content().get(0);
		assertThat(after.nominations()).isEqualTo(before.nominations() + 1);
		assertThat(after.wins()).isEqualTo(before.wins() + 1);
		PersonDetail detail = this.people.person("sean-baker").body();
		assertThat(detail.nominationCount()).isEqualTo(detailBefore.nominationCount() + 1);
		assertThat(detail.winCount()).isEqualTo(detailBefore.winCount() + 1);
		assertThat(detail.nominations()).hasSize(detailBefore.nominations().size() + 2);
	}

	@Test
	void readsAPersonWithCreditsNominationsPresentationsAndQuotes() {
		PersonDetail madison = this.people.person("mikey-madison").body();
		assertThat(madison.credits()).singleElement()
			.satisfies((c) -> assertThat(c.character()).isEqualTo("Anora \"Ani\" Mikheeva"));
		assertThat(madison.nominations()).singleElement().satisfies((n) -> assertThat(n.won()).isTrue());
		assertThat(madison.quotes()).singleElement().satisfies((q) -> {
			assertThat(q.nominationId()).isEqualTo(madison.nominations().get(0).id());
			assertThat(q.text()).startsWith("I just want to recognize and honor the sex worker community.");
		});
		assertThat(this.people.person("quentin-tarantino").body().presentations()).singleElement()
			.satisfies((p) -> assertThat(p.category().slug()).isEqualTo("directing"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.people.person("nobody"));
	}

	@Test
	void sortsByNameIgnoringCaseAccentsAndPunctuation() {
		List<String> names = List.of("Eve Sortcheck", "émile Sortcheck", "adam Sortcheck", "Émile Sortcheck",
				"'Zed' Sortcheck", "Ōta Sortcheck");
		for (int i = 0; i < names.size(); i++) {
			this.em.persist(new Person("sortcheck-" + i, names.get(i), null));
		}
		this.em.flush();

		// names that fold to the same key go by id (the order they were added), on any
		// database whatever its collation
		assertThat(this.people.people("sortcheck", new PageQuery(0, 20, List.of("name"))).content())
			.extracting(PersonView::name)
			.containsExactly("adam Sortcheck", "émile Sortcheck", "Émile Sortcheck", "Eve Sortcheck", "Ōta Sortcheck",
					"'Zed' Sortcheck");
		assertThat(this.people.people("sortcheck", new PageQuery(0, 20, List.of("name,desc"))).content())
			.extracting(PersonView::name)
			.containsExactly("'Zed' Sortcheck", "Ōta Sortcheck", "Eve Sortcheck", "émile Sortcheck", "Émile Sortcheck",
					"adam Sortcheck");
		assertThat(this.people.people("sortcheck", PageQuery.first(20)).content()).extracting(PersonView::name)
			.as("the default order")
			.startsWith("adam Sortcheck", "émile Sortcheck");
	}

	private void rename(String slug, String name) {
		Person person = this.em.createQuery("select p from Person p where p.slug = :slug", Person.class)
			.setParameter("slug", slug)
			.getSingleResult();
		person.update(person.getSlug(), name, person.getImdbId(), List.copyOf(person.getOtherNames()));
	}

}
