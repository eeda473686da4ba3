package io.policygraph.entity;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Connections.Slice;
import io.policygraph.graph.Event;
import io.policygraph.graph.Participant;
import io.policygraph.graph.Region;
import io.policygraph.graph.Report;
import io.policygraph.initiative.NestedPage;
import io.policygraph.graph.ParticipantRole;

/**
 * {@code Query.events} and the fields of {@code Event} (summits), from
 * {@link EventRepository}.
 */
@Controller
class EventController {

	private final EventRepository events;

	private final ApiProperties api;

	EventController(EventRepository events, ApiProperties api) {
		this.events = events;
		this.api = api;
	}

	@QueryMapping
	List<Event> events() {
		return events.events();
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Region> city(List<Event> list) {
		return events.city(list);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<Organizer>> organizers(List<Event> list) {
		return events.organizers(list);
	}

	/** Who took part, of the given role or all. */
	@SchemaMapping(typeName = "Event")
	List<Participant> participants(Event event, @Argument ParticipantRole role) {
		return events.participants(event)
			.stream()
			.filter(participant -> role == null || participant.role() == role)
			.toList();
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Report> report(List<Event> list) {
		return events.report(list);
	}

	/**
	 * Summits are not report entries; the field exists because every entity has it:
	 * always an empty page.
	 */
	@SchemaMapping(typeName = "Event")
	InitiativeConnection initiatives(Event event, DataFetchingEnvironment field) {
		return InitiativeConnection.of(Slice.empty(),
				NestedPage.of(NestedPage.Kind.ACTOR, "Event", event.id(), field, api).page());
	}

}
