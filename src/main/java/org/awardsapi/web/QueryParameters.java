package org.awardsapi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record whose components are query parameters of the same names, such as
 * {@link PageQuery}: a handler takes it as a parameter, without {@code @ModelAttribute},
 * and {@link QueryRecords} binds it. Its components are {@code String}, {@code Integer},
 * {@code Boolean} or {@code List<String>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QueryParameters {

}
