package org.awardsapi.source;

import jakarta.validation.Valid;
import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sources that facts cite; editors write them.
 */
@RestController
@RequestMapping("/api/sources")
class SourceController extends EditingController<Source, SourceRequest> {

	private final SourceQueryService sources;

	SourceController(SourceQueryService sources, Edits edits, SourceEditor editor) {
		super(edits, editor);
		this.sources = sources;
	}

	@GetMapping
	PageResponse<SourceView> sources(@Valid PageQuery page) {
		return this.sources.sources(page);
	}

	@GetMapping("/{id}")
	SourceView source(@PathVariable String id) {
		return this.sources.source(id).respond();
	}

}
