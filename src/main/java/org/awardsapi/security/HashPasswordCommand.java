package org.awardsapi.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar awards-api.jar hash-password}: reads a password (typed without echo at
 * a terminal, twice; otherwise the first line of standard input) and prints its
 * {@code {bcrypt}} hash, ready for {@code awards.security.users[i].password-hash}. Needs
 * no database and starts no application.
 */
public final class HashPasswordCommand {

	/** Exit status when no password was given. */
	static final int USAGE = 2;

	private HashPasswordCommand() {
	}

	/**
	 * @param console the terminal, or {@code null} when standard input is not one
	 * @param in standard input, read when there is no terminal
	 * @param out where the hash goes
	 * @param err where prompts and errors go
	 * @return the exit status
	 */
	public static int run(Console console, InputStream in, PrintStream out, PrintStream err) {
		char[] password;
		try {
			password = (console != null) ? typed(console) : firstLine(in);
		}
		catch (IOException ex) {
			err.println("hash-password: cannot read the password: " + ex.getMessage());
			return USAGE;
		}
		if (password == null || password.length == 0) {
			err.println("usage: java -jar awards-api.jar hash-password  (type the password, or pipe it on one line)");
			return USAGE;
		}
		try {
			out.println("{bcrypt}" + new BCryptPasswordEncoder().encode(new String(password)));
			return 0;
		}
		finally {
			Arrays.fill(password, '\0');
		}
	}

	/**
	 * The terminal standard input is, if it is one. From Java 22 {@code System.console()}
	 * answers even when input is piped; {@code Console.isTerminal()} (22 on) tells.
	 * @return the terminal, or {@code null}
	 */
	public static Console terminal() {
		Console console = System.console();
		if (console == null) {
			return null;
		}
		try {
			Object terminal = Console.class.getMethod("isTerminal").invoke(console);
			return Boolean.TRUE.equals(terminal) ? console : null;
		}
		catch (ReflectiveOperationException ex) {
			return console;
		}
	}

	private static char[] typed(Console console) {
		char[] first = console.readPassword("Password: ");
		char[] again = console.readPassword("Again: ");
		if (first == null || !Arrays.equals(first, again)) {
			console.writer().println("hash-password: the two passwords differ");
			return null;
		}
		return first;
	}

	private static char[] firstLine(InputStream in) throws IOException {
		String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
		return (line != null) ? line.toCharArray() : null;
	}

}
