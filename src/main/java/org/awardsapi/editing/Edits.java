package org.awardsapi.editing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.awardsapi.cache.DataVersion;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.web.BodyFieldErrors;
import org.awardsapi.web.ConflictException;
import org.awardsapi.web.InvalidBodyException;
import org.awardsapi.web.JsonFieldPath;
import org.awardsapi.web.PreconditionException;
import org.awardsapi.web.Versioned;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes to any resource the same way: in one transaction, with If-Match checked against
 * the resource's version (428 when missing, 412 when stale, and the version column
 * catching a concurrent change between the check and the write), merge patches applied to
 * the current state and validated as a whole request, deletes refused while something
 * refers to the resource, and the answer that a GET of the resource gives, with its ETag.
 */
@Service
public class Edits {

	/** The media type of a JSON merge patch (RFC 7396). */
	public static final String MERGE_PATCH = "application/merge-patch+json";

	private final TransactionTemplate transaction;

	private final EntityManager em;

	private final Validator validator;

	private final JsonMapper json;

	private final DataVersion dataVersion;

	Edits(PlatformTransactionManager transactions, EntityManager em, Validator validator, JsonMapper json,
			DataVersion dataVersion) {
		this.dataVersion = dataVersion;
		this.transaction = new TransactionTemplate(transactions);
		this.em = em;
		this.validator = validator;
		this.json = json;
	}

	/**
	 * POST: 201 with Location, ETag and the new resource.
	 */
	public <E extends AbstractEntity, R> ResponseEntity<Object> create(Editable<E, R> editable, R request) {
		Written written = write(editable.kind(), () -> {
			E entity = editable.create(request);
			this.em.flush();
			return written(editable, entity, true);
		});
		return ResponseEntity.created(URI.create(editable.path(written.id()))).eTag(written.tag()).body(written.body());
	}

	/**
	 * PUT: 200 with ETag and the resource as it now is.
	 */
	public <E extends AbstractEntity, R> ResponseEntity<Object> replace(Editable<E, R> editable, String idOrSlug,
			String ifMatch, R request) {
		return update(editable, idOrSlug, ifMatch, (entity) -> request);
	}

	/**
	 * PATCH with a JSON merge patch (RFC 7396): the patch is applied to the resource's
	 * current state, and the result validated and written as a PUT would be.
	 */
	public <E extends AbstractEntity, R> ResponseEntity<Object> patch(Editable<E, R> editable, String idOrSlug,
			String ifMatch, JsonNode patch) {
		if (!(patch instanceof ObjectNode)) {
			throw new InvalidBodyException(List
				.of(new InvalidBodyException.FieldError("", "a merge patch is a JSON object of the fields to change")));
		}
		return update(editable, idOrSlug, ifMatch, (entity) -> {
			JsonNode merged = merge(this.json.valueToTree(editable.current(entity)), patch);
			R request;
			try {
				request = this.json.treeToValue(merged, editable.requestType());
			}
			catch (tools.jackson.core.JacksonException ex) {
				throw new InvalidBodyException(List.of(patchError(ex)));
			}
			validate(request);
			return request;
		});
	}

	/**
	 * DELETE: 204, or 409 naming what still refers to the resource.
	 */
	public <E extends AbstractEntity, R> ResponseEntity<Void> delete(Editable<E, R> editable, String idOrSlug,
			String ifMatch) {
		write(editable.kind(), () -> {
			E entity = editable.find(idOrSlug);
			ETags.check(ifMatch, editable.kind(), entity.getId(), entity.getVersion());
			Map<String, Long> references = editable.references(entity);
			if (!references.isEmpty()) {
				List<String> parts = new ArrayList<>();
				references.forEach((kind, count) -> parts.add(count + " " + inWords(kind, count)));
				boolean one = parts.size() == 1 && references.values().iterator().next() == 1;
				throw new ConflictException("The " + editable.kind() + " '" + idOrSlug + "' cannot be deleted: "
						+ String.join(", ", parts) + (one ? " refers" : " refer") + " to it", references);
			}
			editable.delete(entity);
			this.em.flush();
			this.dataVersion.bump();
			return null;
		});
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param kinds a key of {@link Editable#references}, camelCase and plural
	 * ({@code filmCompanies})
	 * @param count how many
	 * @return it in words, singular for one ({@code film company})
	 */
	private static String inWords(String kinds, long count) {
		String words = kinds.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		if (count != 1) {
			return words;
		}
		return words.endsWith("ies") ? words.substring(0, words.length() - 3) + "y"
				: words.substring(0, words.length() - 1);
	}

	private <E extends AbstractEntity, R> ResponseEntity<Object> update(Editable<E, R> editable, String idOrSlug,
			String ifMatch, java.util.function.Function<E, R> request) {
		Written written = write(editable.kind(), () -> {
			E entity = editable.find(idOrSlug);
			ETags.check(ifMatch, editable.kind(), entity.getId(), entity.getVersion());
			long version = entity.getVersion();
			R before = editable.current(entity);
			editable.replace(entity, request.apply(entity));
			this.em.flush();
			boolean changed = !before.equals(editable.current(entity));
			if (entity.getVersion() == version && changed) {
				// Only rows of its own changed (a film's companies, a nomination's
				// nominees), which Hibernate does not count as a change of the resource:
				// its version moves all the same, or an editor holding the tag from
				// before would overwrite this write unawares
				this.em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			}
			// a write that changed nothing (an empty merge patch, a PUT of what is there)
			// leaves every tag, and every cached answer, as it was
			return written(editable, entity, changed || entity.getVersion() != version);
		});
		return ResponseEntity.ok().eTag(written.tag()).body(written.body());
	}

	private <T> T write(String kind, java.util.function.Supplier<T> work) {
		try {
			return this.transaction.execute((status) -> work.get());
		}
		catch (OptimisticLockException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			throw new PreconditionException(org.springframework.http.HttpStatus.PRECONDITION_FAILED,
					"Someone else changed it while your change was being written: GET it again and reapply your change",
					null);
		}
		catch (DataIntegrityViolationException | PersistenceException ex) {
			ConstraintViolationException violation = constraintViolation(ex);
			if (violation == null && !(ex instanceof DataIntegrityViolationException)) {
				throw ex;
			}
			throw clash(kind, (violation != null) ? violation.getConstraintName() : null);
		}
	}

	/**
	 * The constraint a write broke, wherever Hibernate or Spring put it: thrown as it is
	 * by a flush, or the cause of Spring's translation at commit.
	 */
	private static @Nullable ConstraintViolationException constraintViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return violation;
			}
		}
		return null;
	}

	/**
	 * A 409 naming the field whose value is taken, by the unique constraint it broke (the
	 * names of the Flyway migrations; H2 gives it with its index, PostgreSQL as it is).
	 */
	static ConflictException clash(String kind, @Nullable String constraint) {
		String name = (constraint != null) ? constraint.toLowerCase(Locale.ROOT) : "";
		InvalidBodyException.FieldError error = null;
		if (name.contains("_slug_uk")) {
			error = new InvalidBodyException.FieldError("slug", "is already taken by another " + kind);
		}
		else if (name.contains("_imdb_uk")) {
			error = new InvalidBodyException.FieldError("imdbId", "is already taken by another " + kind);
		}
		else if (name.contains("ceremony_award_edition_uk")) {
			error = new InvalidBodyException.FieldError("edition", "is already taken by another ceremony of the award");
		}
		if (error == null) {
			// Another of the database's rules (a reference, a value required) that the
			// checks before the write did not foresee; its name, as H2 gives it, holds
			// the schema and the values
			return new ConflictException("The change clashes with what is stored: it breaks one of the database's "
					+ "rules (a value that must be unique, or a reference)", Map.of());
		}
		return new ConflictException("The change clashes with what is stored: " + error.field() + " " + error.message(),
				Map.of(), List.of(error));
	}

	/**
	 * What is wrong with a merge patch whose result is not a request of the resource: a
	 * field it does not take, or a value of the wrong type.
	 */
	private static InvalidBodyException.FieldError patchError(tools.jackson.core.JacksonException ex) {
		InvalidBodyException.FieldError error = BodyFieldErrors.of(ex);
		return (error != null) ? error
				: new InvalidBodyException.FieldError(JsonFieldPath.of(ex.getPath()), "has a value of the wrong type");
	}

	private <R> void validate(R request) {
		Set<ConstraintViolation<R>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			throw new InvalidBodyException(violations.stream()
				.map((v) -> new InvalidBodyException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
				.toList());
		}
	}

	/**
	 * RFC 7396: members of the patch replace those of the target, {@code null} removes,
	 * objects merge recursively, anything else (arrays included) replaces.
	 */
	static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!(patch instanceof ObjectNode patchObject)) {
			return patch;
		}
		ObjectNode result = (target instanceof ObjectNode object) ? object.deepCopy()
				: tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		for (var entry : patchObject.properties()) {
			if (entry.getValue().isNull()) {
				result.putNull(entry.getKey());
			}
			else {
				result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
			}
		}
		return result;
	}

	/**
	 * What a write left, read in its own transaction once flushed, so that the body
	 * answered is the state of the version its ETag names (read after the commit, it
	 * could already show another editor's next write). The data version moves only when
	 * something changed.
	 */
	private <E extends AbstractEntity> Written written(Editable<E, ?> editable, E entity, boolean changed) {
		return new Written(entity.getId(), entity.getVersion(),
				changed ? this.dataVersion.bump() : this.dataVersion.current(), editable.view(entity.getId()).body());
	}

	/**
	 * What a write left: the resource's id and version, the data version it made, and the
	 * resource as that write left it.
	 */
	private record Written(long id, long version, long dataVersion, Object body) {

		String tag() {
			return Versioned.tag(this.dataVersion, this.id, this.version);
		}

	}

}
