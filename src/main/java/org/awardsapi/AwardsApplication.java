package org.awardsapi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AwardsApplication {

	public static void main(String[] args) {
		SpringApplication.run(AwardsApplication.class, args);
	}

}
