package io.policygraph.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

import io.policygraph.support.Neo4jTestMode;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;

/**
 * The service warms up before it reports ready: every warm-up document runs against the
 * seed without an error, and a database without the seed's entities still starts.
 */
@ExtendWith(Neo4jTestMode.class)
class WarmupIT {

	@Test
	void everyWarmUpDocumentAnswersTheSeedWithoutErrorsBeforeTheServiceIsReady() {
		// the other tests start their services without the warm-up (TestNeo4j)
		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.warmup.enabled", "true");
		properties.put("policygraph.warmup.rounds", "2");
		try (Service service = Service.start(properties)) {
			Warmup.Result result = service.context().getBean(Warmup.class).last();

			assertThat(result).as("warm-up ran while the service started").isNotNull();
			assertThat(result.documents()).isEqualTo(5);
			assertThat(result.rounds()).isBetween(1, 2);
			assertThat(result.firstRoundErrors()).isEmpty();
			assertThat(service.context().getBean(ApplicationAvailability.class).getReadinessState())
				.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	@Test
	void aDatabaseWithoutTheSeedsEntitiesStillStartsAndSaysWhatTheWarmUpMissed() {
		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.seed.enabled", "false");
		properties.put("policygraph.warmup.enabled", "true");
		properties.put("policygraph.warmup.rounds", "1");
		try (Service empty = Service.start(properties)) {
			Warmup.Result result = empty.context().getBean(Warmup.class).last();

			assertThat(result.rounds()).isEqualTo(1);
			assertThat(result.firstRoundErrors()).anySatisfy(error -> assertThat(error).startsWith("path:"));
			assertThat(empty.context().getBean(ApplicationAvailability.class).getReadinessState())
				.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

}
