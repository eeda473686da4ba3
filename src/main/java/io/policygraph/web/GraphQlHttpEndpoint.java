package io.policygraph.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.Cookie;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import graphql.GraphQLException;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /graphql} as the GraphQL over HTTP specification describes it: queries by GET
 * (URL parameters) or POST (a JSON body), mutations by POST only, answers in
 * {@code application/graphql-response+json} or {@code application/json} as the Accept
 * header asks (no Accept header, or a wildcard: {@code application/json}), always UTF-8.
 * <p>
 * A request is executed by Spring for GraphQL's {@link WebGraphQlHandler}, so
 * interceptors (such as {@link CorrelationIds}), instrumentations (the query limits),
 * security and error handling apply as to any request. Its HTTP status is 200, except
 * that a request error (a document that does not parse or validate, variables that do not
 * coerce, a limit exceeded: no {@code data} in the answer) is 400 when
 * {@code application/graphql-response+json} was asked for.
 * <p>
 * A request refused before execution gets the status of {@link BadHttpRequestException}
 * and a body {@code {"errors":[{"message",
 * "extensions":{"classification","correlationId"}}]}}, the correlation id also logged
 * with the message, like the errors of an executed request.
 */
class GraphQlHttpEndpoint {

	private static final Logger log = LoggerFactory.getLogger(GraphQlHttpEndpoint.class);

	/** The answer's media type when the client asks for it: request errors are 4xx. */
	static final MediaType GRAPHQL_RESPONSE = new MediaType(MediaType.APPLICATION_GRAPHQL_RESPONSE,
			StandardCharsets.UTF_8);

	/** The answer's media type by default: always 200 once the request is well-formed. */
	static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	private final WebGraphQlHandler graphQlHandler;

	private final GraphQlHttpRequests requests;

	private final JsonMapper json;

	private final RequestBodies bodies;

	GraphQlHttpEndpoint(WebGraphQlHandler graphQlHandler, JsonMapper json, QueryLimits limits) {
		this.graphQlHandler = graphQlHandler;
		this.requests = new GraphQlHttpRequests(json, limits.maxVariablesSize());
		this.json = json;
		this.bodies = new RequestBodies(limits.maxBodySize(), limits.bodyReadTimeout());
	}

	/**
	 * Answers a request of {@code /graphql}: a GET or POST is executed; OPTIONS (other
	 * than a CORS preflight, which Spring Security answers) gets 204 with the
	 * {@code Allow} header; any other method a 405 with a GraphQL error body.
	 */
	ServerResponse handle(ServerRequest request) throws Exception {
		String id = this.ids.generateId().toString();
		MediaType mediaType = JSON;
		HttpMethod method = request.method();
		if (HttpMethod.OPTIONS.equals(method)) {
			return ServerResponse.noContent().allow(HttpMethod.GET, HttpMethod.POST, HttpMethod.OPTIONS).build();
		}
		try {
			mediaType = negotiate(request.headers());
			if (!HttpMethod.GET.equals(method) && !HttpMethod.POST.equals(method)) {
				throw BadHttpRequestException.methodNotAllowed("The method " + method.name()
						+ " is not served here: send a query by GET or POST, a mutation by POST");
			}
			GraphQlRequest body;
			if (HttpMethod.GET.equals(request.method())) {
				body = this.requests.fromParameters(request.params());
				requireQuery(body);
			}
			else {
				requireJson(request.headers());
				body = this.requests.fromBody(this.bodies.read(request.servletRequest()));
			}
			return execute(request,
					new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
							request.remoteAddress().orElse(null), request.attributes(), body, id,
							LocaleContextHolder.getLocale()),
					mediaType);
		}
		catch (BadHttpRequestException ex) {
			return refuse(id, ex, mediaType, method);
		}
	}

	private ServerResponse execute(ServerRequest request, WebGraphQlRequest graphQlRequest, MediaType mediaType) {
		CompletableFuture<ServerResponse> future = this.graphQlHandler.handleRequest(graphQlRequest)
			.map(response -> answer(response, mediaType))
			.toFuture();
		if (future.isDone() && !future.isCompletedExceptionally() && !future.isCancelled()) {
			return future.join();
		}
		return ServerResponse.async(future);
	}

	private ServerResponse answer(WebGraphQlResponse response, MediaType mediaType) {
		boolean requestError = !response.getExecutionResult().isDataPresent();
		HttpStatus status = requestError && mediaType.equals(GRAPHQL_RESPONSE) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		return ServerResponse.status(status)
			.headers(headers -> headers.putAll(response.getResponseHeaders()))
			.contentType(mediaType)
			.body(this.json.writeValueAsBytes(response.toMap()));
	}

	private ServerResponse refuse(String id, BadHttpRequestException ex, MediaType mediaType, HttpMethod method) {
		log.warn("GraphQL request {} answered with {}: {}", id, ex.classification(), ex.getMessage());
		var error = GraphqlErrorBuilder.newError()
			.message(ex.getMessage())
			.errorType(ex.classification())
			.extensions(Map.of("correlationId", id))
			.build();
		return ServerResponse.status(ex.status()).headers(headers -> {
			if (ex.closesConnection()) {
				headers.setConnection("close");
			}
			if (ex.status() == HttpStatus.METHOD_NOT_ALLOWED) {
				// a mutation by GET may be POSTed; any other method may be a GET or a
				// POST
				headers.setAllow(HttpMethod.GET.equals(method) ? Set.of(HttpMethod.POST)
						: new LinkedHashSet<>(List.of(HttpMethod.GET, HttpMethod.POST)));
			}
		}).contentType(mediaType).body(this.json.writeValueAsBytes(Map.of("errors", List.of(error.toSpecification()))));
	}

	/**
	 * The media type of the answer: the first of the Accept header (by quality, then
	 * specificity) that is served; {@code application/json} for no header or a wildcard.
	 */
	static MediaType negotiate(ServerRequest.Headers headers) {
		List<MediaType> accepted;
		try {
			accepted = new ArrayList<>(headers.accept());
		}
		catch (InvalidMediaTypeException ex) {
			throw BadHttpRequestException.notAcceptable("The Accept header '" + headers.firstHeader(HttpHeaders.ACCEPT)
					+ "' cannot be read; ask for application/graphql-response+json or application/json");
		}
		if (accepted.isEmpty()) {
			return JSON;
		}
		MimeTypeUtils.sortBySpecificity(accepted);
		for (MediaType type : accepted) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			if (type.equalsTypeAndSubtype(MediaType.APPLICATION_GRAPHQL_RESPONSE)) {
				return GRAPHQL_RESPONSE;
			}
			if (type.includes(MediaType.APPLICATION_JSON)) {
				return JSON;
			}
		}
		throw BadHttpRequestException.notAcceptable("This endpoint answers in application/graphql-response+json or "
				+ "application/json (UTF-8); the Accept header allows neither: "
				+ headers.firstHeader(HttpHeaders.ACCEPT));
	}

	/** A POST body must be JSON in UTF-8 (the default of JSON). */
	private static void requireJson(ServerRequest.Headers headers) {
		Optional<MediaType> contentType;
		try {
			contentType = headers.contentType();
		}
		catch (InvalidMediaTypeException ex) {
			throw BadHttpRequestException.unsupportedMediaType("The Content-Type '"
					+ headers.firstHeader(HttpHeaders.CONTENT_TYPE) + "' cannot be read; POST application/json");
		}
		if (contentType.isEmpty()) {
			throw BadHttpRequestException.unsupportedMediaType(
					"The request has no Content-Type; POST a JSON body with Content-Type: application/json");
		}
		MediaType type = contentType.get();
		if (!type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
			throw BadHttpRequestException.unsupportedMediaType("The Content-Type is " + type.getType() + "/"
					+ type.getSubtype() + "; POST a JSON body with Content-Type: application/json");
		}
		if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
			throw BadHttpRequestException.unsupportedMediaType(
					"The Content-Type names the charset " + type.getCharset().name() + "; the JSON body must be UTF-8");
		}
	}

	/**
	 * A GET may only carry a query: the operation it selects is looked up in the
	 * document, and a mutation or subscription is refused with 405. A document that does
	 * not parse, or names no such operation, is left to execution, which reports it as
	 * any GraphQL error.
	 */
	private static void requireQuery(GraphQlRequest request) {
		Document document;
		try {
			document = Parser.parse(request.getDocument());
		}
		catch (GraphQLException ex) {
			return;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		String name = request.getOperationName();
		operations.stream()
			.filter(operation -> name == null ? operations.size() == 1 : name.equals(operation.getName()))
			.findFirst()
			.filter(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY)
			.ifPresent(operation -> {
				throw BadHttpRequestException.methodNotAllowed("A " + operation.getOperation().name().toLowerCase()
						+ " cannot be sent by GET, which is for queries only; POST it as JSON");
			});
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.values()
			.forEach(list -> list.forEach((Cookie cookie) -> cookies.add(cookie.getName(),
					new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
	}

}
