package org.awardsapi;

/**
 * The users every test context knows, configured in
 * {@code src/test/resources/config/application.properties} with bcrypt hashes (cost 4, to
 * keep the tests fast) of these passwords. Writes need the editor:
 * {@code headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD)} with
 * RestTestClient, {@code httpBasic(…)} or {@code @WithMockUser(roles = "EDITOR")} with
 * MockMvc.
 */
public final class TestUsers {

	/** An editor: may write. */
	public static final String EDITOR = "editor";

	public static final String EDITOR_PASSWORD = "editor-password";

	/** Signed in, but not an editor: every write is a 403. */
	public static final String READER = "reader";

	public static final String READER_PASSWORD = "reader-password";

	private TestUsers() {
	}

}
