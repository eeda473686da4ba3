package io.policygraph.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.web.util.HtmlUtils;

/**
 * The playground's HTML page. Its links are absolute paths on this server, worked out per
 * request, so the page works at {@code /graphiql} and {@code /graphiql/} and under any
 * context path.
 */
class PlaygroundPage {

	static final String PATH = "/graphiql";

	private final String template;

	private final String graphQlPath;

	/**
	 * @param template HTML in which {@code {{base}}} stands for the playground's path and
	 * {@code {{graphql}}} for the GraphQL endpoint's
	 * @param graphQlPath the GraphQL endpoint's path without the context path
	 */
	PlaygroundPage(Resource template, String graphQlPath) {
		this.template = read(template);
		this.graphQlPath = graphQlPath;
	}

	String render(String contextPath) {
		return template.replace("{{base}}", HtmlUtils.htmlEscape(contextPath + PATH))
			.replace("{{graphql}}", HtmlUtils.htmlEscape(contextPath + graphQlPath));
	}

	private static String read(Resource template) {
		try {
			return template.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the playground page " + template, ex);
		}
	}

}
