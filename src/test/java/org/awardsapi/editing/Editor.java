package org.awardsapi.editing;

import java.util.Map;

import org.awardsapi.TestUsers;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What the writing tests do as an editor: sign in, create a resource, read its ETag.
 */
final class Editor {

	private Editor() {
	}

	/**
	 * @return the client, sending the editor's credentials with every request
	 */
	static RestTestClient signIn(RestTestClient client) {
		return client.mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.build();
	}

	/**
	 * POSTs a resource, which must answer 201.
	 * @return its Location
	 */
	static String create(RestTestClient client, String uri, Map<String, Object> body) {
		return client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

	/**
	 * @return the ETag a GET of the resource answers
	 */
	static String etag(RestTestClient client, String uri) {
		return client.get().uri(uri).exchange().returnResult(String.class).getResponseHeaders().getETag();
	}

}
