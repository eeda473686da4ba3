package io.policygraph.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.NodeScript;
import io.policygraph.support.PolicyGraphIT;

/**
 * GraphQL Code Generator, pointed at the URL of a freshly started service with default
 * settings, generates TypeScript for the schema and the playground's examples, and the
 * closed sets of the schema (roles, kinds, statuses, measures, actions, relationship
 * types) come out as enums, not as {@code string}.
 */
@PolicyGraphIT
class CodeGeneratorIT {

	/** A generated object type: its name and the lines of its fields. */
	private static final Pattern TYPE = Pattern.compile("(?ms)^export type (\\w+) = [^{]*\\{\\n(.*?)^\\};");

	@LocalServerPort
	int port;

	@Test
	void typeScriptTypesSayWhatTheValuesAre() {
		NodeScript.Run run = NodeScript.run("codegen.mjs", 180, "http://127.0.0.1:" + this.port + "/graphql",
				"../../main/resources/playground/examples/*.graphql");
		assertThat(run.succeeded()).as(run.output()).isTrue();
		Map<String, String> types = new LinkedHashMap<>();
		Matcher type = TYPE.matcher(run.output());
		while (type.find()) {
			types.put(type.group(1), type.group(2));
		}

		Map<String, List<String>> closedSets = Map.of("Actor", List.of("role"), "ActorInput", List.of("role"),
				"Organizer", List.of("role"), "Organization", List.of("kind"), "Initiative", List.of("sourceUrlStatus"),
				"Figure", List.of("measure"), "AuditEntry", List.of("action"), "PathStep", List.of("type"));
		closedSets.forEach((name, fields) -> {
			assertThat(types).containsKey(name);
			for (String field : fields) {
				Matcher declared = Pattern.compile("(?m)^  " + field + "\\??: (.+);$").matcher(types.get(name));
				assertThat(declared.find()).as(name + "." + field + " in\n" + types.get(name)).isTrue();
				assertThat(declared.group(1)).as(name + "." + field).doesNotContain("Scalars[");
			}
		});
		assertThat(run.output()).contains("export enum ActorRole", "Lead = 'LEAD'", "Partner = 'PARTNER'",
				"export enum LinkKind", "CoAction = 'CO_ACTION'");
		// one result type per playground example operation
		assertThat(run.output()).contains("export type PartnershipsByProvinceQuery = {",
				"export type PoliciesOfAMinistryQuery = {", "export type PathFromBaiduToHenanQuery = {");
	}

}
