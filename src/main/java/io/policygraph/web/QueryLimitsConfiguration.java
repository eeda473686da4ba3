package io.policygraph.web;

import java.util.Map;

import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.TransactionConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import io.policygraph.graph.ApiProperties;

/**
 * The query limits as graphql-java instrumentations, which Spring Boot adds to the
 * GraphQL engine.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.class)
class QueryLimitsConfiguration {

	@Bean
	QueryDepthLimit maxQueryDepth(QueryLimits limits) {
		return new QueryDepthLimit(limits.maxDepth());
	}

	/**
	 * A list field costs what its items select, times the page size asked for
	 * ({@code first} or {@code last}, counted at most as the maximum page size: a larger
	 * one is refused by the field itself, with an error naming the argument); a
	 * connection asked for no page size counts its default page size, any other list the
	 * default list weight. Introspection costs nothing here: good-faith introspection
	 * bounds it.
	 */
	@Bean
	MaxQueryComplexityInstrumentation maxQueryCost(QueryLimits limits, ApiProperties api) {
		FieldComplexityCalculator cost = (environment, childCost) -> {
			if (environment.getField().getName().startsWith("__")) {
				return 0;
			}
			Map<String, Object> arguments = environment.getArguments();
			// a connection's edges are its page: the connection field already counted
			// `first` or `last`
			boolean edges = environment.getField().getName().equals("edges");
			Integer page = pageSize(arguments);
			GraphQLType type = environment.getFieldDefinition().getType();
			int items = page != null ? Math.min(Math.max(page, 1), api.maxPageSize())
					: isConnection(type) ? api.defaultPageSize() : !edges && isList(type) ? limits.listWeight() : 1;
			return 1 + Math.max(childCost, 0) * items;
		};
		return new MaxQueryComplexityInstrumentation(limits.maxCost(), cost, exceeded -> {
			throw new AbortExecutionException("The query would resolve about " + exceeded.getComplexity()
					+ " fields; the limit is " + limits.maxCost()
					+ " (policygraph.limits.max-cost): ask for smaller pages (" + "first) or fewer nested lists");
		});
	}

	/**
	 * The transaction settings of the API's transactions of several statements (the
	 * statistics, the curator's writes).
	 */
	@Bean
	TransactionConfig apiTransactions(QueryLimits limits) {
		return TransactionConfig.builder().withTimeout(limits.transactionTimeout()).build();
	}

	/**
	 * The settings of the API's single-statement reads ({@code driver.executableQuery}):
	 * routed as reads, bounded in time as the transactions are
	 * (policygraph.limits.transaction-timeout).
	 */
	@Bean
	QueryConfig apiReads(QueryLimits limits) {
		return QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(limits.transactionTimeout()).build();
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

	/**
	 * The page size a field asks for: {@code first}, {@code last}, the smaller of both,
	 * or null.
	 */
	private static Integer pageSize(Map<String, Object> arguments) {
		Integer first = arguments.get("first") instanceof Integer n ? n : null;
		Integer last = arguments.get("last") instanceof Integer n ? n : null;
		return first != null && last != null ? Integer.valueOf(Math.min(first, last)) : first != null ? first : last;
	}

	/** A Relay connection type, such as {@code InitiativeConnection}. */
	private static boolean isConnection(GraphQLType type) {
		return GraphQLTypeUtil.unwrapAll(type).getName().endsWith("Connection");
	}

	private static boolean isList(GraphQLType type) {
		GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

}
