package io.policygraph.stats;

import java.util.List;

import org.neo4j.driver.Record;

import io.policygraph.graph.ProgrammeAction;
import io.policygraph.graph.Sector;

/**
 * One action of the State Council's 2015 guiding opinions on “互联网+” with what the graph
 * holds of it: the GraphQL type {@code ProgrammeActionCount}.
 *
 * @param name the action's Chinese name (益民服务)
 * @param sectors the sectors that belong to it (sectors.yaml {@code action})
 * @param initiatives entries concerning any of them, each counted once
 * @param regions province-level regions with such entries located in them
 */
public record ProgrammeActionCount(ProgrammeAction action, String name, List<Sector> sectors, int initiatives,
		int regions) {

	static ProgrammeActionCount from(Record record) {
		ProgrammeAction action = ProgrammeAction.valueOf(record.get("action").asString());
		return new ProgrammeActionCount(action, action.chineseName(),
				record.get("sectors").asList(v -> Sector.from(v.asNode())), record.get("initiatives").asInt(),
				record.get("regions").asInt());
	}

}
