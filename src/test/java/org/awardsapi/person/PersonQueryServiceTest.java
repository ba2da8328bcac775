package org.awardsapi.person;

import org.awardsapi.SeededJpaTest;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SeededJpaTest
class PersonQueryServiceTest {

	@Autowired
	PersonQueryService people;

	@Test
	void searchesNamesAndOtherSpellings() {
		assertThat(this.people.people("KARLA sofia GASCON", PageQuery.first(20)).content()).extracting(PersonView::name)
			.containsExactly("Karla Sofía Gascón");
		assertThat(this.people.people("baker sean", PageQuery.first(20)).content()).extracting(PersonView::slug)
			.containsExactly("sean-baker");
		assertThat(this.people.people("nobody named this", PageQuery.first(20)).content()).isEmpty();
	}

	@Test
	void countsOfficialNominationsAndWinsPerPerson() {
		PersonView disney = this.people.people("walt disney", PageQuery.first(20)).content().get(0);
		assertThat(disney.nominations()).isEqualTo(6);
		assertThat(disney.wins()).isEqualTo(4);
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

}
