package org.awardsapi;

import java.util.Arrays;

import org.awardsapi.importing.ImportCommand;
import org.awardsapi.security.HashPasswordCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Awards API. {@code java -jar awards-api.jar} serves it;
 * {@code java -jar awards-api.jar import <oscars.csv>} imports DLu/oscar_data's file and
 * exits; {@code java -jar awards-api.jar hash-password} prints the bcrypt hash of a
 * password read from standard input, for an editor's configuration.
 */
@SpringBootApplication
public class AwardsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(ImportCommand.run(AwardsApplication.class, Arrays.copyOfRange(args, 1, args.length), System.out,
					System.err));
		}
		if (args.length > 0 && args[0].equals("hash-password")) {
			System.exit(HashPasswordCommand.run(HashPasswordCommand.terminal(), System.in, System.out, System.err));
		}
		SpringApplication.run(AwardsApplication.class, args);
	}

}
