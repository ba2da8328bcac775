package org.awardsapi.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body field's path as the problems name it, from Jackson's references and from a JSON
 * pointer alike.
 */
class JsonFieldPathTest {

	@Test
	void propertiesAreJoinedByDotsAndIndexesBracketed() {
		List<JacksonException.Reference> path = List.of(new JacksonException.Reference(null, "nominees"),
				new JacksonException.Reference(null, 1), new JacksonException.Reference(null, "person"));

		assertThat(JsonFieldPath.of(path)).isEqualTo("nominees[1].person");
		assertThat(JsonFieldPath.of(JsonPointer.compile("/nominees/1/person"))).isEqualTo("nominees[1].person");
	}

	@Test
	void aTopLevelFieldIsItsNameAndTheWholeBodyIsEmpty() {
		assertThat(JsonFieldPath.of(List.of(new JacksonException.Reference(null, "title")))).isEqualTo("title");
		assertThat(JsonFieldPath.of(JsonPointer.compile("/title"))).isEqualTo("title");
		assertThat(JsonFieldPath.of(JsonPointer.empty())).isEmpty();
		assertThat(JsonFieldPath.of(List.of())).isEmpty();
	}

}
