package io.policygraph.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * Routes GET and POST of the GraphQL path ({@code spring.graphql.http.path}, {@code /graphql}) to
 * {@link GraphQlHttpEndpoint}, ahead of Spring Boot's own route (order 0), which answers GET with
 * 405 and only JSON POSTs. Boot's route keeps the POSTs that ask for server-sent events only
 * ({@code Accept: text/event-stream}). CORS for the path is Boot's {@code spring.graphql.cors.*},
 * applied by Spring Security. Only in the web application: the {@code import} command has no
 * {@code /graphql}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlOverHttp(WebGraphQlHandler graphQlHandler, JsonMapper json,
			GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		GraphQlHttpEndpoint endpoint = new GraphQlHttpEndpoint(graphQlHandler, json);
		RequestPredicate eventStream = GraphQlHttpConfiguration::asksForEventStreamOnly;
		return RouterFunctions.route()
			.route(RequestPredicates.path(path)
				.and(RequestPredicates.methods(HttpMethod.GET, HttpMethod.POST))
				.and(eventStream.negate()), endpoint::handle)
			.build();
	}

	/**
	 * Whether a POST asks for server-sent events only: its Accept header names
	 * {@code text/event-stream} itself and no JSON media type (urql, for one, lists all of them).
	 */
	private static boolean asksForEventStreamOnly(ServerRequest request) {
		if (!HttpMethod.POST.equals(request.method())) {
			return false;
		}
		try {
			List<MediaType> accepted = request.headers().accept();
			return accepted.stream().anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_EVENT_STREAM))
					&& accepted.stream()
						.noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
								|| type.isCompatibleWith(MediaType.APPLICATION_GRAPHQL_RESPONSE));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
