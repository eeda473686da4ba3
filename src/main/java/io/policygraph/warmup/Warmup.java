package io.policygraph.warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * Runs the GraphQL documents of {@code classpath:warmup/*.graphql} through the service's
 * own execution (every resolver, data loader and Cypher statement they reach) before the
 * service reports ready: Spring Boot turns readiness to {@code ACCEPTING_TRAFFIC} only
 * after its application runners. The first round runs each document once, all at the same
 * time, and compiles each statement into Neo4j's plan cache; on a large graph it lasts as
 * long as the slowest document, at most the execution time limit
 * ({@code policygraph.limits.execution-timeout}). The following rounds run copies of them
 * concurrently so that the JIT compiles the hot paths. A document that answers errors is
 * logged and does not stop the service: a database without the seed's entities still
 * starts.
 */
public class Warmup implements ApplicationRunner {

	static final String LOCATION = "classpath*:warmup/*.graphql";

	private static final Logger log = LoggerFactory.getLogger(Warmup.class);

	/** The first round's errors logged one by one; the rest are counted. */
	private static final int MAX_LOGGED_ERRORS = 5;

	private final ExecutionGraphQlService graphQl;

	private final WarmupProperties properties;

	private final List<String> documents;

	private volatile Result last;

	Warmup(ExecutionGraphQlService graphQl, WarmupProperties properties, ResourcePatternResolver resources) {
		this.graphQl = graphQl;
		this.properties = properties;
		this.documents = read(resources);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabled() || properties.rounds() < 1) {
			log.info("Warm-up is off (policygraph.warmup.enabled=false or rounds < 1)");
			return;
		}
		long started = System.nanoTime();
		AtomicInteger errors = new AtomicInteger();
		List<String> problems = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(Math.max(documents.size(), properties.concurrency()));
		try {
			int rounds = 0;
			long firstRound = 0;
			while (rounds < properties.rounds()
					&& (rounds == 0 || System.nanoTime() - started - firstRound < properties.maxDuration().toNanos())) {
				List<Future<List<String>>> running = new ArrayList<>();
				if (rounds == 0) {
					// one document at a time: compiles run at once only wait for each
					// other
					// on a small machine, past the execution time limit
					running.add(threads.submit(() -> documents.stream().flatMap(d -> execute(d).stream()).toList()));
				}
				else {
					for (int copy = 0; copy < Math.max(1, properties.concurrency() / documents.size()); copy++) {
						documents.forEach(document -> running.add(threads.submit(() -> execute(document))));
					}
				}
				for (Future<List<String>> future : running) {
					List<String> errorsOfDocument = future.get();
					if (!errorsOfDocument.isEmpty()) {
						errors.incrementAndGet();
						if (rounds == 0) {
							problems.addAll(errorsOfDocument);
						}
					}
				}
				rounds++;
				if (rounds == 1) {
					firstRound = System.nanoTime() - started;
				}
			}
			last = new Result(documents.size(), rounds, firstRound / 1_000_000,
					(System.nanoTime() - started) / 1_000_000, errors.get(), List.copyOf(problems));
			log.info("Warm-up: {} documents, {} rounds in {} ms (first round {} ms), {} answers with errors",
					last.documents(), last.rounds(), last.millis(), last.firstRoundMillis(), last.answersWithErrors());
			problems.stream()
				.limit(MAX_LOGGED_ERRORS)
				.forEach(problem -> log.warn("Warm-up document answered an error: {}", problem));
			if (problems.size() > MAX_LOGGED_ERRORS) {
				log.warn(
						"... and {} more errors of the warm-up's first round (a graph without the seed's names, or"
								+ " slower than the execution time limit); the service is ready all the same",
						problems.size() - MAX_LOGGED_ERRORS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			log.warn("Warm-up stopped: {}", ex.getCause().toString());
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** What the last warm-up did; null before it ran or when it is off. */
	public Result last() {
		return last;
	}

	/** The errors the document answered: messages with their paths. */
	private List<String> execute(String document) {
		var request = new DefaultExecutionGraphQlRequest(document, null, Map.of(), Map.of(), "warmup", null);
		ExecutionGraphQlResponse response = graphQl.execute(request).block();
		if (response == null) {
			return List.of("no answer");
		}
		return response.getErrors().stream().map(error -> error.getPath() + ": " + error.getMessage()).toList();
	}

	private static List<String> read(ResourcePatternResolver resources) {
		try {
			List<String> documents = new ArrayList<>();
			for (Resource file : Arrays.stream(resources.getResources(LOCATION))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList()) {
				documents.add(file.getContentAsString(StandardCharsets.UTF_8));
			}
			return List.copyOf(documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the warm-up documents " + LOCATION, ex);
		}
	}

	/**
	 * What a warm-up did.
	 *
	 * @param documents how many documents it ran in each round
	 * @param rounds how many rounds it ran
	 * @param firstRoundMillis how long the first round (the compiles) took, in
	 * milliseconds
	 * @param millis how long it took in all, in milliseconds
	 * @param answersWithErrors how many answers carried errors, over all rounds
	 * @param firstRoundErrors the errors of the first round, as path: message
	 */
	public record Result(int documents, int rounds, long firstRoundMillis, long millis, int answersWithErrors,
			List<String> firstRoundErrors) {
	}

}
