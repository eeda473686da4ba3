package io.policygraph.partnership;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.policygraph.graph.Company;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Event;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;

/**
 * A company (or group) and a province-level region it worked with or in, with the kinds
 * of link and the entries (or summits) that evidence it.
 *
 * @param kinds the kinds of link found, in the order of {@link LinkKind}
 * @param evidence one item per link: its kind, the firm that acted, and its entry or
 * summit
 * @param firstDate the date of the first entry or summit; lastDate of the last
 */
public record Partnership(Company company, Region region, List<Company> via, List<Entity> partners,
		List<Initiative> initiatives, List<Event> events, List<Sector> sectors, List<LinkKind> kinds,
		List<Evidence> evidence, LocalDate firstDate, LocalDate lastDate) {

	/**
	 * One link of a partnership row: the GraphQL type {@code PartnershipEvidence}.
	 *
	 * @param initiative the entry, or null for a summit's presence
	 * @param event the summit, or null for an entry
	 */
	public record Evidence(LinkKind kind, Company via, Initiative initiative, Event event) {

		static Evidence from(Value value) {
			return new Evidence(LinkKind.valueOf(value.get("kind").asString()), Company.from(value.get("via").asNode()),
					value.get("initiative").isNull() ? null : Initiative.from(value.get("initiative").asNode()),
					value.get("event").isNull() ? null : Event.from(value.get("event").asNode()));
		}

		LocalDate date() {
			return initiative != null ? initiative.date() : event.startDate();
		}

	}

	static Partnership from(Record record) {
		List<Evidence> evidence = record.get("evidence").asList(Evidence::from);
		return new Partnership(Company.from(record.get("company").asNode()), Region.from(record.get("region").asNode()),
				record.get("via").asList(v -> Company.from(v.asNode())),
				record.get("partners").asList(v -> Entity.from(v.asNode())),
				record.get("initiatives").asList(v -> Initiative.from(v.asNode())),
				record.get("events").asList(v -> Event.from(v.asNode())),
				record.get("sectors").asList(v -> Sector.from(v.asNode())),
				record.get("kinds").asList(v -> LinkKind.valueOf(v.asString())), evidence, evidence.get(0).date(),
				evidence.get(evidence.size() - 1).date());
	}

}
