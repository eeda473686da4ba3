package io.policygraph.entity;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Batches;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Event;
import io.policygraph.graph.GraphEnums;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.GraphRepository.Link;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.Participant;
import io.policygraph.graph.Region;
import io.policygraph.graph.Report;
import io.policygraph.graph.OrganizerRole;
import io.policygraph.graph.ParticipantRole;

/** {@code Query.events} and the fields of {@code Event} (summits). */
@Repository
class EventRepository {

	private static final String EVENTS = """
			MATCH (e:Event) RETURN e ORDER BY e.startDate, e.id
			""";

	private static final String CITY = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:HELD_IN]->(r:Region) RETURN id, collect(r) AS nodes
			""";

	/** Hosts first; rows of {@link GraphRepository.LinkRow}. */
	private static final String ORGANIZERS = """
			UNWIND $ids AS id
			MATCH (o:Entity)-[r:ORGANIZED]->(:Entity {id: id})
			WITH id, o, r ORDER BY CASE r.role WHEN 'HOST' THEN 0 ELSE 1 END, o.id
			RETURN id, collect({role: r.role, node: o}) AS links
			""";

	/**
	 * Rows of {@link ParticipantsRow}: each participant's role, the party and the entry
	 * that reports it, if any.
	 */
	private static final String PARTICIPANTS = """
			UNWIND $ids AS id
			MATCH (p:Entity)-[r:TOOK_PART_IN]->(:Entity {id: id})
			OPTIONAL MATCH (i:Initiative {id: r.initiativeId})
			WITH id, p, r, i ORDER BY r.role, p.id
			RETURN id, collect({role: r.role, node: p, initiative: i}) AS links
			""";

	private static final String REPORT = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:REPORTED_IN]->(r:Report) RETURN id, collect(r) AS nodes
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	private final GraphRepository graph;

	EventRepository(Driver driver, QueryConfig reads, GraphRepository graph) {
		this.driver = driver;
		this.reads = reads;
		this.graph = graph;
	}

	/** Every summit, by start date. */
	List<Event> events() {
		return driver.executableQuery(EVENTS)
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(record -> Event.from(record.get("e").asNode()))
			.toList();
	}

	Map<Event, Region> city(List<Event> events) {
		return graph.one(CITY, events, GraphObject::id, Region.class);
	}

	/**
	 * @throws GraphEnums.UnknownValueException for a role the schema does not know
	 */
	Map<Event, List<Organizer>> organizers(List<Event> events) {
		Map<Event, List<Link>> links = graph.links(ORGANIZERS, events);
		return Batches.each(events,
				event -> links.get(event)
					.stream()
					.map(link -> new Organizer(GraphEnums.read(OrganizerRole.class, link.role(), "Organizer.role"),
							(Entity) link.node()))
					.toList());
	}

	/** The participants of one summit, by role and id; one statement per summit. */
	List<Participant> participants(Event event) {
		return graph.batch(PARTICIPANTS, List.of(event.id()), ParticipantsRow::of)
			.stream()
			.findFirst()
			.map(ParticipantsRow::participants)
			.orElse(List.of());
	}

	/** The report that describes a summit. */
	Map<Event, Report> report(List<Event> events) {
		return graph.one(REPORT, events, GraphObject::id, Report.class);
	}

	/**
	 * A row of {@link #PARTICIPANTS}: {@code RETURN id, collect({role, node, initiative})
	 * AS links}.
	 *
	 * @param id the summit's id
	 * @param participants who took part, how, and the entry that reports it (or null)
	 */
	record ParticipantsRow(String id, List<Participant> participants) {

		/**
		 * @throws GraphEnums.UnknownValueException for a role the schema does not know
		 */
		static ParticipantsRow of(Record record) {
			return new ParticipantsRow(record.get("id").asString(), record.get("links")
				.asList(value -> new Participant(
						GraphEnums.read(ParticipantRole.class, value.get("role").asString(), "Participant.role"),
						(Entity) GraphObject.from(value.get("node").asNode()),
						value.get("initiative").isNull() ? null : Initiative.from(value.get("initiative").asNode()))));
		}

	}

}
