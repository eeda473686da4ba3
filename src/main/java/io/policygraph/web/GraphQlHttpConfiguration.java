package io.policygraph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * Routes every request of the GraphQL path ({@code spring.graphql.http.path},
 * {@code /graphql}) to {@link GraphQlHttpEndpoint}, ahead of Spring Boot's own route
 * (order 0), which answers only JSON POSTs and server-sent events. The schema has no
 * subscriptions, so there is nothing to stream: an Accept of {@code text/event-stream}
 * alone is a 406 like any other Accept the endpoint cannot meet. CORS for the path is
 * Boot's {@code spring.graphql.cors.*}, applied by Spring Security. Only in the web
 * application: the {@code import} command has no {@code /graphql}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlOverHttp(WebGraphQlHandler graphQlHandler, JsonMapper json,
			GraphQlProperties properties, QueryLimits limits) {
		String path = properties.getHttp().getPath();
		GraphQlHttpEndpoint endpoint = new GraphQlHttpEndpoint(graphQlHandler, json, limits);
		return RouterFunctions.route().route(RequestPredicates.path(path), endpoint::handle).build();
	}

	/**
	 * Each read of a request body waits at most
	 * {@code policygraph.limits.body-read-timeout} (Tomcat's upload timeout, instead of
	 * its connection timeout): a client that stops sending is cut off then. The total
	 * time a body may take is bounded by {@link RequestBodies}, since a per-read timeout
	 * restarts with every byte.
	 */
	@Bean
	TomcatConnectorCustomizer bodyReadTimeout(QueryLimits limits) {
		return connector -> {
			connector.setProperty("disableUploadTimeout", "false");
			connector.setProperty("connectionUploadTimeout", String.valueOf(limits.bodyReadTimeout().toMillis()));
		};
	}

}
