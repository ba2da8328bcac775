package org.awardsapi.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports}: loads a DLu {@code oscars.csv}, sent as the body
 * ({@code text/tab-separated-values}) or as the part {@code file} of a multipart form.
 * Off unless {@code awards.imports.enabled=true}.
 */
@RestController
@RequestMapping("/api/imports")
@ConditionalOnBooleanProperty(name = "awards.imports.enabled")
class ImportController {

	static final String TSV = "text/tab-separated-values";

	private final OscarsImporter importer;

	ImportController(OscarsImporter importer) {
		this.importer = importer;
	}

	@PostMapping(consumes = { TSV, MediaType.TEXT_PLAIN_VALUE, "text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ImportSummary importBody(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return this.importer.importFile(in, ImportProgress.NONE);
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ImportSummary importPart(@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return this.importer.importFile(in, ImportProgress.NONE);
		}
	}

	@ExceptionHandler(ImportException.class)
	ProblemDetail rejected(ImportException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.getMessage() + "; nothing was changed");
		problem.setType(URI.create("urn:awards-api:problem:import-rejected"));
		problem.setTitle("Import rejected");
		if (ex.getLine() > 0) {
			problem.setProperty("line", ex.getLine());
		}
		return problem;
	}

}
