package io.policygraph.partnership;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Record;

import io.policygraph.graph.Company;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;

/** A company (or group) and a province-level region it worked in, with the entries that evidence it. */
public record Partnership(Company company, Region region, List<Company> via, List<Entity> partners,
		List<Initiative> initiatives, List<Sector> sectors, LocalDate firstDate, LocalDate lastDate) {

	static Partnership from(Record record) {
		List<Initiative> initiatives = record.get("initiatives").asList(v -> Initiative.from(v.asNode()));
		return new Partnership(Company.from(record.get("company").asNode()), Region.from(record.get("region").asNode()),
				record.get("via").asList(v -> Company.from(v.asNode())),
				record.get("partners").asList(v -> Entity.from(v.asNode())), initiatives,
				record.get("sectors").asList(v -> Sector.from(v.asNode())), initiatives.get(0).date(),
				initiatives.get(initiatives.size() - 1).date());
	}

}
