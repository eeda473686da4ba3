package io.policygraph.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Which Neo4j the integration tests use: the embedded one (default), or with
 * {@code -Dpolicygraph.test.neo4j=testcontainers} a Neo4j 5.26 container. Without Docker
 * the container mode skips the tests instead of failing them.
 */
public final class Neo4jTestMode implements ExecutionCondition {

	public static final String PROPERTY = "policygraph.test.neo4j";

	public static boolean testcontainers() {
		return "testcontainers".equalsIgnoreCase(System.getProperty(PROPERTY, "embedded"));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!testcontainers()) {
			return ConditionEvaluationResult.enabled("embedded Neo4j");
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return ConditionEvaluationResult.enabled("Neo4j in a Testcontainers container");
		}
		return ConditionEvaluationResult
			.disabled("-D" + PROPERTY + "=testcontainers, but no Docker engine is available");
	}

}
