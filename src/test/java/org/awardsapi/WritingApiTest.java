package org.awardsapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test over real HTTP that writes: a database of its own (so that the read
 * tests' data stays as the seed made it) and the response cache on, as it is in
 * production, so that every write is proven to be read back through it. Every test class
 * so annotated shares this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:editing;DB_CLOSE_DELAY=-1",
				"awards.cache.responses.enabled=true", "awards.cache.responses.max-entry-size=16KB" })
@AutoConfigureRestTestClient
public @interface WritingApiTest {

}
