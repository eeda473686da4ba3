package io.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.RawHttp;
import io.policygraph.support.Service;
import io.policygraph.support.SocketHttp;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one HTTP request may cost the service, whatever its body: too large (by
 * Content-Length or chunk by chunk), too slow, variables too large, not a JSON object, or
 * written to forge log lines. Each is refused with a GraphQL error body that names the
 * limit, and other clients are served meanwhile.
 */
@PolicyGraphIT
@ExtendWith(OutputCaptureExtension.class)
class RequestLimitsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aBodyOverTheLimitByContentLengthIs413BeforeItIsRead() {
		long started = System.nanoTime();
		try (SocketHttp client = SocketHttp.connect("127.0.0.1", port, Duration.ofSeconds(20))) {
			client.send(SocketHttp.postHead(Map.of("Content-Length", String.valueOf(19 * 1024 * 1024))));
			client.send(("{\"query\": \"" + "x".repeat(64 * 1024)).getBytes());
			SocketHttp.Answer answer = client.read();
			assertTooLarge(answer, "19922944 bytes (Content-Length); the limit is 4194304 bytes (4MB, "
					+ "policygraph.limits.max-body-size)");
			assertThat(answer.headers().get("connection")).isEqualTo("close");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aChunkedBodyOverTheLimitIs413WhileItIsSentAndOthersAreServedMeanwhile() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		AtomicBoolean stop = new AtomicBoolean();
		try (SocketHttp client = SocketHttp.connect("127.0.0.1", port, Duration.ofSeconds(20))) {
			long started = System.nanoTime();
			client.send(SocketHttp.postHead(Map.of("Transfer-Encoding", "chunked")));
			String chunk = Integer.toHexString(64 * 1024) + "\r\n" + "x".repeat(64 * 1024) + "\r\n";
			// an endless body: 64 KB chunks until the service answers and closes
			Future<?> sender = pool.submit(() -> {
				client.send("10\r\n{\"query\": \"xxxxx\r\n");
				for (int i = 0; i < 19 * 16 && !stop.get(); i++) {
					if (!client.send(chunk)) {
						return;
					}
				}
			});
			Future<String> other = pool.submit(() -> tianjin(this.port));
			SocketHttp.Answer answer = client.read();
			stop.set(true);
			assertTooLarge(answer, "more than 4194304 bytes (a chunked body, refused while reading); the limit is "
					+ "4194304 bytes (4MB, policygraph.limits.max-body-size)");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
			assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo("天津市");
			sender.get(30, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void variablesOverTheirLimitAre413NamingIt() {
		String body = "{\"query\": \"query Find($text: String!) { search(text: $text, first: 1) { score } }\", "
				+ "\"variables\": {\"text\": \"" + "天".repeat(800_000) + "\"}}";
		try (SocketHttp client = SocketHttp.connect("127.0.0.1", port, Duration.ofSeconds(20))) {
			client.send(SocketHttp.post(body, Map.of()));
			assertTooLarge(client.read(), "'variables' in the request body are 2400011 bytes as compact JSON; "
					+ "the limit is 2097152 bytes (2MB, policygraph.limits.max-variables-size)");
		}
		// the limit is on the values, not on how the client escaped them: 600,000
		// characters as six-byte escapes are a 3.6 MB body but 1.8 MB of variables, let
		// through to the argument's own limit
		String escaped = "{\"query\": \"query Find($text: String!) { search(text: $text, first: 1) { score } }\", "
				+ "\"variables\": {\"text\": \"" + "\\u5929".repeat(600_000) + "\"}}";
		try (SocketHttp client = SocketHttp.connect("127.0.0.1", port, Duration.ofSeconds(20))) {
			client.send(SocketHttp.post(escaped, Map.of()));
			SocketHttp.Answer answer = client.read();
			assertThat(answer.status()).isEqualTo(200);
			assertThat(JSON.readTree(answer.body()).at("/errors/0/message").asString())
				.contains("has 600000 characters; the limit is 200");
		}
	}

	@Test
	void aBodyThatIsNotAJsonObjectIs400SayingWhatItIs() {
		Map<String, String> bodies = Map.of("null", "The request body is JSON null", "[]",
				"The request body is a JSON array (a batch of 0 requests)", "42", "The request body is a JSON number",
				"\"x\"", "The request body is a JSON string", "true", "The request body is a JSON boolean");
		bodies.forEach((body, message) -> {
			for (String accept : List.of("application/json", "application/graphql-response+json")) {
				try (SocketHttp client = SocketHttp.connect("127.0.0.1", port, Duration.ofSeconds(20))) {
					client.send(SocketHttp.post(body, Map.of("Accept", accept)));
					SocketHttp.Answer answer = client.read();
					assertThat(answer.status()).as(body + " with " + accept).isEqualTo(400);
					JsonNode error = JSON.readTree(answer.body()).at("/errors/0");
					assertThat(error.get("message").asString()).as(body).startsWith(message);
					assertThat(error.at("/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
				}
			}
		});
	}

	@Test
	void userInputCannotForgeALogLine(CapturedOutput output) {
		String forged = "2026-11-30T00:00:00.000Z  WARN 1 --- [policygraph] [forged] io.policygraph.Forged : FORGED-7f3a";
		// a date that does not parse is named in the error, which is logged
		String body = JSON.writeValueAsString(Map.of("query",
				"query From($from: Date) { initiatives(filter: {from: $from}, first: 1) { totalCount } }", "variables",
				Map.of("from", "2018-10-20\n" + forged)));
		try (SocketHttp client = SocketHttp.connect("127.0.0.1", port, Duration.ofSeconds(20))) {
			client.send(SocketHttp.post(body, Map.of()));
			assertThat(client.read().status()).isEqualTo(200);
		}
		assertThat(output.getOut()).contains("FORGED-7f3a");
		assertThat(output.getOut().lines().filter(line -> line.contains("FORGED-7f3a")))
			.allSatisfy(line -> assertThat(line).doesNotStartWith("2026-11-30T00:00:00.000Z")
				.contains("\\n" + forged.substring(0, 10)));
	}

	@Test
	void slowBodiesAreCutOffAtTheirTimeLimitAndOthersAreServedMeanwhile() throws Exception {
		var properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("server.tomcat.threads.max", "4");
		properties.put("policygraph.limits.body-read-timeout", "5s");
		try (Service service = Service.start(properties)) {
			int servicePort = service.port();
			// the first query of a service compiles its statements: not what is measured
			// here
			assertThat(tianjin(servicePort)).isEqualTo("天津市");
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<SocketHttp> clients = new ArrayList<>();
			try {
				long started = System.nanoTime();
				List<Future<SocketHttp.Answer>> slow = new ArrayList<>();
				// two send a byte every half second (no single read ever waits long), one
				// sends nothing after its head
				for (int i = 0; i < 3; i++) {
					SocketHttp client = SocketHttp.connect("127.0.0.1", servicePort, Duration.ofSeconds(30));
					clients.add(client);
					client.send(SocketHttp.postHead(Map.of("Content-Length", "1000")));
					boolean trickle = i < 2;
					slow.add(pool.submit(() -> {
						CompletableFuture<SocketHttp.Answer> answer = CompletableFuture.supplyAsync(client::read);
						while (trickle && !answer.isDone() && client.send("{")) {
							Thread.sleep(500);
						}
						return answer.get(30, TimeUnit.SECONDS);
					}));
				}
				Thread.sleep(500);
				assertThat(tianjin(servicePort)).isEqualTo("天津市");
				assertThat(RawHttp.get(servicePort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
				assertThat(slow).as("served while the slow bodies are still arriving").noneMatch(Future::isDone);
				for (Future<SocketHttp.Answer> answer : slow) {
					SocketHttp.Answer cut = answer.get(30, TimeUnit.SECONDS);
					assertThat(cut.status()).isEqualTo(408);
					assertThat(cut.headers().get("connection")).isEqualTo("close");
				}
				// the two that trickle are cut off by the total limit, each of their
				// reads
				// being short (the silent one by Tomcat's limit on a single read)
				for (Future<SocketHttp.Answer> answer : slow.subList(0, 2)) {
					assertThat(JSON.readTree(answer.get().body()).at("/errors/0/message").asString())
						.startsWith("The request body did not arrive whole within its time limit of 5000 ms "
								+ "(policygraph.limits.body-read-timeout;");
				}
				Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
				assertThat(elapsed).as("cut off at the limit, not when the bodies end")
					.isLessThan(Duration.ofSeconds(12));
			}
			finally {
				clients.forEach(SocketHttp::close);
				pool.shutdownNow();
			}
		}
	}

	private static String tianjin(int port) {
		return HttpGraphQl.tester(port)
			.document("{ entity(name: \"天津\") { name } }")
			.execute()
			.path("entity.name")
			.entity(String.class)
			.get();
	}

	private static void assertTooLarge(SocketHttp.Answer answer, String message) {
		assertThat(answer.status()).isEqualTo(413);
		JsonNode error = JSON.readTree(answer.body()).at("/errors/0");
		assertThat(error.get("message").asString()).contains(message);
		assertThat(error.at("/extensions/classification").asString()).isEqualTo("CONTENT_TOO_LARGE");
		assertThat(error.at("/extensions/correlationId").asString()).isNotBlank();
	}

}
