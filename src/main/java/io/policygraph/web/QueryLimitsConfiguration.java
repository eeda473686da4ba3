package io.policygraph.web;

import java.util.Map;

import org.neo4j.driver.TransactionConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

/** The query limits as graphql-java instrumentations, which Spring Boot adds to the GraphQL engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.class)
class QueryLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
		return new QueryDepthLimit(limits.maxDepth());
	}

	/** A list field costs what its items select, times the page size asked for (or the default list weight). */
	@Bean
	MaxQueryComplexityInstrumentation maxQueryCost(QueryLimits limits) {
		FieldComplexityCalculator cost = (environment, childCost) -> {
			Map<String, Object> arguments = environment.getArguments();
			// a connection's edges are its page: the connection field already counted `first`
			boolean edges = environment.getField().getName().equals("edges");
			int items = arguments.get("first") instanceof Integer first ? Math.max(first, 1)
					: !edges && isList(environment.getFieldDefinition().getType()) ? limits.listWeight() : 1;
			return 1 + Math.max(childCost, 0) * items;
		};
		return new MaxQueryComplexityInstrumentation(limits.maxCost(), cost);
	}

	/** The transaction settings of every read and curator write of the API. */
	@Bean
	TransactionConfig apiTransactions(QueryLimits limits) {
		return TransactionConfig.builder().withTimeout(limits.transactionTimeout()).build();
	}

	@Bean
	ExecutionDeadline executionDeadline(QueryLimits limits) {
		return new ExecutionDeadline(limits.executionTimeout());
	}

	@Bean
	StringLimits stringLimits(QueryLimits limits) {
		return new StringLimits(limits);
	}

	@Bean
	DocumentLimits documentLimits(QueryLimits limits) {
		return new DocumentLimits(limits);
	}

	private static boolean isList(GraphQLType type) {
		GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}


}
