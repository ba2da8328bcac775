package org.awardsapi.award;

import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One category by its id (or its slug, where only one award has it); editors write them.
 * An award's categories are listed at {@code /api/awards/{id}/categories}.
 */
@RestController
@RequestMapping("/api/categories")
class CategoryController extends EditingController<Category, CategoryRequest> {

	CategoryController(Edits edits, CategoryEditor categories) {
		super(edits, categories);
	}

	@GetMapping("/{id}")
	Object category(@PathVariable String id) {
		return one(id);
	}

}
