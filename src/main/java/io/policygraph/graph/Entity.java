package io.policygraph.graph;

import java.util.List;

import org.neo4j.driver.types.Node;

/**
 * A ministry, region, company, organization, sector or summit: the GraphQL {@code Entity}
 * interface.
 */
public sealed interface Entity extends GraphObject permits Ministry, Region, Company, Organization, Sector, Event {

	String name();

	String nameEn();

	List<String> aliases();

	static Entity from(Node node) {
		if (node.hasLabel("Region")) {
			return Region.from(node);
		}
		if (node.hasLabel("Company")) {
			return Company.from(node);
		}
		if (node.hasLabel("Organization")) {
			return Organization.from(node);
		}
		if (node.hasLabel("Ministry")) {
			return Ministry.from(node);
		}
		if (node.hasLabel("Sector")) {
			return Sector.from(node);
		}
		if (node.hasLabel("Event")) {
			return Event.from(node);
		}
		throw new IllegalArgumentException("Not an entity: " + node.labels());
	}

}
