package io.policygraph.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

/**
 * Gives every error of a response the request's id as {@code extensions.correlationId},
 * and logs it with the same id, so an operator finds the server's account of what a
 * client saw. Messages are put in GraphQL's terms on the way ({@link ErrorMessages}): no
 * Java class names.
 */
@Component
class CorrelationIds implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(CorrelationIds.class);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			String id = request.getId();
			List<GraphQLError> errors = response.getExecutionResult().getErrors().stream().map(error -> {
				log.warn("GraphQL request {} answered with {}: {}", id, error.getErrorType(), error.getMessage());
				Map<String, Object> extensions = new HashMap<>(
						error.getExtensions() == null ? Map.of() : error.getExtensions());
				extensions.put("correlationId", id);
				return GraphqlErrorBuilder.newError()
					.message(ErrorMessages.clean(error.getMessage()))
					.locations(error.getLocations())
					.path(error.getPath())
					.errorType(error.getErrorType())
					.extensions(extensions)
					.build();
			}).toList();
			return response.transform(builder -> builder.errors(errors));
		});
	}

}
