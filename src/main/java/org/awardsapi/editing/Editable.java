package org.awardsapi.editing;

import java.util.Map;

import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.web.Versioned;

/**
 * How one kind of resource is edited: found, shown as the body of a write request, made,
 * replaced and deleted. {@link Edits} does the rest the same way for every kind: the
 * transaction, the preconditions, merge patches, validation and the answer.
 *
 * @param <E> the entity
 * @param <R> the request record (a whole resource, as POST and PUT take it)
 */
public interface Editable<E extends AbstractEntity, R> {

	/**
	 * @return what the resource is called in messages ("film")
	 */
	String kind();

	/**
	 * @return the request record's class
	 */
	Class<R> requestType();

	/**
	 * @param idOrSlug the numeric id or the slug
	 * @return the entity
	 * @throws org.awardsapi.web.NotFoundException if there is none
	 */
	E find(String idOrSlug);

	/**
	 * @param entity the entity
	 * @return its current state as a request, the base a merge patch applies to
	 */
	R current(E entity);

	/**
	 * Makes and saves a new entity.
	 * @param request the validated request
	 * @return the saved entity
	 */
	E create(R request);

	/**
	 * Replaces the entity's state.
	 * @param entity the entity
	 * @param request the validated request
	 */
	void replace(E entity, R request);

	/**
	 * @param entity the entity
	 * @return what refers to it and would stop its deletion, by kind, counting only
	 * non-zero numbers ({@code {"nominations": 7}})
	 */
	Map<String, Long> references(E entity);

	/**
	 * Deletes the entity, which nothing refers to.
	 * @param entity the entity
	 */
	void delete(E entity);

	/**
	 * @param id the resource's id
	 * @return what a GET of the resource answers, with the resource's version
	 * @throws org.awardsapi.web.NotFoundException if there is none
	 */
	Versioned<?> view(long id);

	/**
	 * @param id the resource's id
	 * @return the path of the resource, for Location
	 */
	String path(long id);

}
