package io.policygraph.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.mock.env.MockEnvironment;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/**
 * The service's logging configuration: Spring Boot's own, writing a file only when asked
 * to, with every message on one line.
 */
class OneLineLoggingTest {

	@TempDir
	Path work;

	@Test
	void aMessageWithLineBreaksIsWrittenOnOneLine() throws Exception {
		Path file = work.resolve("service.log");
		configure(LogFile.get(new MockEnvironment().withProperty("logging.file.name", file.toString())));
		LoggerFactory.getLogger("test").warn("name {}", "x\r\n2026-11-30T00:00:00.000Z ERROR forged\u2028line");
		String log = Files.readString(file);
		assertThat(log.lines().filter(line -> line.contains("forged"))).hasSize(1);
		assertThat(log).contains("name x\\r\\n2026-11-30T00:00:00.000Z ERROR forged\\u2028line");
	}

	@Test
	void noFileIsWrittenUnlessOneIsConfigured() {
		configure(null);
		Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
		assertThat(root.getAppender("CONSOLE")).isNotNull();
		assertThat(root.getAppender("FILE")).isNull();
	}

	@AfterEach
	void backToTheConsoleOnly() {
		configure(null);
	}

	private static void configure(LogFile file) {
		LogbackLoggingSystem system = new LogbackLoggingSystem(OneLineLoggingTest.class.getClassLoader());
		system.cleanUp();
		system.beforeInitialize();
		system.initialize(new LoggingInitializationContext(new MockEnvironment()), "classpath:logback-spring.xml",
				file);
	}

}
