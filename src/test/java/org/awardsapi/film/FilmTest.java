package org.awardsapi.film;

import org.awardsapi.person.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules a film and a company keep for themselves.
 */
class FilmTest {

	@Test
	void refusesAMalformedImdbTitleId() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Film("anora-2024", "Anora", 2024, "nm28607951"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Film("anora-2024", "Anora", 2024, "28607951"));
		assertThat(new Film("anora-2024", "Anora", 2024, "tt28607951").getImdbId()).isEqualTo("tt28607951");
	}

	@Test
	void refusesAMalformedImdbCompanyId() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Company("neon", "Neon", "tt0000001"));
		assertThat(new Company("neon", "Neon", "co0000001").getImdbId()).isEqualTo("co0000001");
	}

	@Test
	void creditsAPersonOncePerJob() {
		Film anora = new Film("anora-2024", "Anora", 2024, "tt28607951");
		Person seanBaker = new Person("sean-baker", "Sean Baker", "nm0048918");
		Credit directed = anora.credit(seanBaker, Job.director, null, null);
		assertThat(anora.credit(seanBaker, Job.director, null, null)).isSameAs(directed);
		anora.credit(seanBaker, Job.editor, null, null);
		assertThat(anora.getCredits()).extracting(Credit::getJob, Credit::getPosition)
			.containsExactly(tuple(Job.director, 0), tuple(Job.editor, 1));
	}

	@Test
	void recordsACompanysRoleOnce() {
		Film anora = new Film("anora-2024", "Anora", 2024, "tt28607951");
		Company neon = new Company("neon", "Neon", null);
		FilmCompany distributed = anora.addCompany(neon, CompanyRole.distribution, null);
		assertThat(anora.addCompany(neon, CompanyRole.distribution, null)).isSameAs(distributed);
		assertThat(anora.getCompanies()).hasSize(1);
	}

}
