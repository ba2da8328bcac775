package org.awardsapi.importing;

import java.io.InputStream;
import java.util.List;

import org.awardsapi.cache.DataVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(controllers = ImportController.class, properties = "awards.imports.enabled=true")
@WithMockUser(roles = "EDITOR")
class ImportControllerTest {

	static final ImportSummary SUMMARY = new ImportSummary(20, 6, 6, 20, 0, 11, 10, 2, List.of(), false, 0.4);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	OscarsImporter importer;

	@MockitoBean
	DataVersion dataVersion;

	@Test
	void importsTheBody() {
		given(this.importer.importFile(any(InputStream.class), any())).willReturn(SUMMARY);
		assertThat(this.mvc.post().uri("/api/imports").contentType(ImportController.TSV).content("Ceremony\t…"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.nominationsAdded", (n) -> n.assertThat().isEqualTo(20))
			.hasPathSatisfying("$.peopleAdded", (n) -> n.assertThat().isEqualTo(11));
	}

	@Test
	void importsTheFilePartOfAForm() {
		given(this.importer.importFile(any(InputStream.class), any())).willReturn(SUMMARY);
		assertThat(this.mvc.post()
			.uri("/api/imports")
			.multipart()
			.file(new MockMultipartFile("file", "oscars.csv", ImportController.TSV, "Ceremony\t…".getBytes())))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.rowsRead", (n) -> n.assertThat().isEqualTo(20));
	}

	@Test
	void aRejectedFileIsA422ProblemNamingTheLine() {
		given(this.importer.importFile(any(InputStream.class), any()))
			.willThrow(new ImportException(7, "Winner must be True or empty, not 'Yes'"));
		assertThat(this.mvc.post().uri("/api/imports").contentType(ImportController.TSV).content("x")).hasStatus(422)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.line", (n) -> n.assertThat().isEqualTo(7))
			.hasPathSatisfying("$.detail", (d) -> d.assertThat()
				.isEqualTo("line 7: Winner must be True or empty, not 'Yes'; nothing was changed"));
	}

	@Test
	void anAcceptThatTakesNoJsonIs406BeforeTheFileIsRead() {
		assertThat(this.mvc.post()
			.uri("/api/imports")
			.contentType(ImportController.TSV)
			.accept(MediaType.APPLICATION_XML)
			.content("Ceremony\t…")).hasStatus(406);
		then(this.importer).shouldHaveNoInteractions();
	}

	@Test
	void anotherMediaTypeIs415() {
		assertThat(this.mvc.post().uri("/api/imports").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(415);
	}

}
