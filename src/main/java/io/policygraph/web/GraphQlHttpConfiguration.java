package io.policygraph.web;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * Routes GET and POST of the GraphQL path ({@code spring.graphql.http.path}, {@code /graphql}) to
 * {@link GraphQlHttpEndpoint}, ahead of Spring Boot's own route (order 0), which answers GET with
 * 405 and only JSON POSTs. Server-sent events ({@code Accept: text/event-stream}) stay with Boot's
 * route. CORS for the path is Boot's {@code spring.graphql.cors.*}, applied by Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlOverHttp(WebGraphQlHandler graphQlHandler, JsonMapper json,
			GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		GraphQlHttpEndpoint endpoint = new GraphQlHttpEndpoint(graphQlHandler, json);
		return RouterFunctions.route()
			.route(RequestPredicates.path(path)
				.and(RequestPredicates.methods(HttpMethod.GET, HttpMethod.POST))
				.and(GraphQlRequestPredicates.graphQlSse(path).negate()), endpoint::handle)
			.build();
	}

}
