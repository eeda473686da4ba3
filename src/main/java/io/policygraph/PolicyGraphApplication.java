package io.policygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PolicyGraphApplication {
	public static void main(String[] args) {
		SpringApplication.run(PolicyGraphApplication.class, args);
	}
}
