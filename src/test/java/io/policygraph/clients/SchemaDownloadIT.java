package io.policygraph.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.NodeScript;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Front-end tooling loads the schema of a freshly started service with its default
 * limits: graphql-js {@code getIntrospectionQuery()} as code generators, IDE plugins,
 * GraphiQL, Apollo and Relay tooling send it, and every example query of the README and
 * the playground validates with graphql-js against the schema served.
 */
@PolicyGraphIT
class SchemaDownloadIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * A GraphQL block of README.md: three backticks and "graphql", possibly indented in a
	 * list.
	 */
	private static final Pattern README_BLOCK = Pattern.compile("(?m)^( *)```graphql\\n(.*?)^\\1```", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Test
	void graphqlJsDownloadsTheWholeSchemaWithDescriptionsAndSpecifiedByUrls() {
		NodeScript.Run run = NodeScript.run("introspection.mjs", 120, url());
		assertThat(run.succeeded()).as(run.output()).isTrue();
		JsonNode summary = JSON.readTree(run.output());
		for (String download : List.of("default", "full")) {
			JsonNode schema = summary.get(download);
			assertThat(schema.get("queryFields").valueStream().map(JsonNode::asString)).contains("entity",
					"initiatives", "partnerships", "paths", "search");
			assertThat(schema.get("types").asInt()).isGreaterThan(40);
			assertThat(schema.get("directives").valueStream().map(JsonNode::asString)).contains("include", "skip",
					"deprecated", "specifiedBy");
		}
		JsonNode full = summary.get("full");
		assertThat(full.get("description").asString())
			.startsWith("PolicyGraph: China's \"Internet+\" monitoring reports");
		assertThat(full.get("dateDescription").asString()).contains("2018-10-22");
	}

	@Test
	void everyExampleQueryOfTheReadmeAndThePlaygroundValidatesAgainstTheServedSchema() throws IOException {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.putAll(readmeExamples(Path.of("README.md")));
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/playground/examples"))) {
			for (Path file : files.sorted().toList()) {
				documents.put("playground " + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		assertThat(documents.keySet()).anyMatch(name -> name.startsWith("README"))
			.anyMatch(name -> name.startsWith("playground"));

		List<Map<String, String>> list = new ArrayList<>();
		documents.forEach((name, document) -> list.add(Map.of("name", name, "document", document)));
		Path file = Files.createTempFile("policygraph-examples", ".json");
		try {
			Files.writeString(file, JSON.writeValueAsString(list), StandardCharsets.UTF_8);
			NodeScript.Run run = NodeScript.run("validate-examples.mjs", 120, url(), file.toString());
			List<String> invalid = run.output().lines().filter(line -> line.contains("\"valid\":false")).toList();
			assertThat(invalid).as("examples that do not validate").isEmpty();
			assertThat(run.succeeded()).as(run.output()).isTrue();
			assertThat(run.output().lines().filter(line -> line.contains("\"valid\":true"))).hasSize(documents.size());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * The README's GraphQL blocks, named by their line; a block's list indentation is
	 * removed.
	 */
	static Map<String, String> readmeExamples(Path readme) throws IOException {
		String text = Files.readString(readme, StandardCharsets.UTF_8);
		Map<String, String> blocks = new LinkedHashMap<>();
		Matcher block = README_BLOCK.matcher(text);
		while (block.find()) {
			int line = (int) text.substring(0, block.start()).lines().count() + 1;
			String indent = block.group(1);
			String document = block.group(2)
				.lines()
				.map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
				.reduce("", (a, b) -> a + b + "\n");
			blocks.put("README line " + line, document);
		}
		return blocks;
	}

	private String url() {
		return "http://127.0.0.1:" + this.port + "/graphql";
	}

}
