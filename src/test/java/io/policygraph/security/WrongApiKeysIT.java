package io.policygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.Curators;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.SocketHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wrong API keys are logged without the key and, past a number per client address and
 * minute, answered 429 without being checked; other clients' keys keep working.
 */
@PolicyGraphIT
@ExtendWith(OutputCaptureExtension.class)
class WrongApiKeysIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STATS = "{\"query\": \"{ stats { nodes } }\"}";

	/** A key no curator has, with a prefix that appears nowhere else in the log. */
	private static final String WRONG_KEY = "zq8kw3-guessed-key-0001";

	@LocalServerPort
	int port;

	@Test
	void tenWrongKeysFromOneAddressAreLoggedWithoutTheKeyThenAnswered429(CapturedOutput output) {
		for (int i = 0; i < 10; i++) {
			SocketHttp.Answer answer = post("127.0.0.3", WRONG_KEY + i);
			assertThat(answer.status()).as("wrong key " + (i + 1)).isEqualTo(401);
		}
		SocketHttp.Answer throttled = post("127.0.0.3", WRONG_KEY);
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(Long.parseLong(throttled.headers().get("retry-after"))).isBetween(1L, 60L);
		JsonNode error = JSON.readTree(throttled.body()).at("/errors/0");
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("TOO_MANY_REQUESTS");
		assertThat(error.get("message").asString()).contains("Too many wrong API keys from this address")
			.contains("policygraph.security.max-key-failures");
		assertThat(post("127.0.0.3", Curators.KEY).status()).as("not even the right key is checked").isEqualTo(429);

		SocketHttp.Answer other = post("127.0.0.2", Curators.KEY);
		assertThat(other.status()).as("another client's right key").isEqualTo(200);
		assertThat(JSON.readTree(other.body()).at("/data/stats/nodes").asLong()).isPositive();

		assertThat(output.getOut()).contains("Wrong API key from 127.0.0.3 for POST /graphql")
			.doesNotContain(WRONG_KEY.substring(0, 6));
	}

	private SocketHttp.Answer post(String from, String key) {
		try (SocketHttp client = SocketHttp.connect(from, port, Duration.ofSeconds(20))) {
			client.send(SocketHttp.post(STATS, Map.of("X-API-Key", key)));
			return client.read();
		}
	}

}
