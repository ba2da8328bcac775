package org.awardsapi.editing;

import jakarta.validation.Valid;
import org.awardsapi.shared.AbstractEntity;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The writes of a resource, under its controller's path: {@code POST} (201, Location),
 * {@code PUT /{id}} and {@code PATCH /{id}} (a JSON merge patch), {@code DELETE /{id}}
 * (204), the last three with {@code If-Match}. A write answers JSON: one whose
 * {@code Accept} takes no JSON is a {@code 406} before anything is written.
 *
 * @param <E> the entity
 * @param <R> the request record
 */
public abstract class EditingController<E extends AbstractEntity, R> {

	private final Edits edits;

	private final Editable<E, R> editor;

	protected EditingController(Edits edits, Editable<E, R> editor) {
		this.edits = edits;
		this.editor = editor;
	}

	/**
	 * The GET of one resource, with its version in the ETag.
	 * @param id the numeric id or the slug
	 * @return what the GET answers
	 */
	protected Object one(String id) {
		return this.editor.view(this.editor.find(id).getId()).respond();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Object> create(@Valid @RequestBody R request) {
		return this.edits.create(this.editor, request);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Object> replace(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody R request) {
		return this.edits.replace(this.editor, id, ifMatch, request);
	}

	@PatchMapping(path = "/{id}", consumes = { Edits.MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Object> patch(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody JsonNode patch) {
		return this.edits.patch(this.editor, id, ifMatch, patch);
	}

	@DeleteMapping("/{id}")
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.edits.delete(this.editor, id, ifMatch);
	}

}
