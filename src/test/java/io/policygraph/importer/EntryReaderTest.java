package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.policygraph.importer.EntryReader.Reading;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedReader;
import io.policygraph.seed.SeedRecords.Actor;
import io.policygraph.seed.SeedRecords.ActorRole;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Partnership;

/** The entry reader against the curated reading of the 2018-11 report, entry by entry. */
class EntryReaderTest {

	static GraphSeed seed;

	static EntryReader reader;

	@BeforeAll
	static void setUp() {
		seed = new SeedReader().read("file:graph-seed/");
		reader = new EntryReader(new Gazetteer(seed));
	}

	@Test
	void aBranchNamedAfterItsGroupAndRegionIsTheBranch() {
		Reading reading = reader.read(2, "beijing",
				"中国工商银行（简称工行）北京市分行率先在西单大悦城提供刷脸支付，成为银行业内首家正式大规模推广该项创新支付服务的银行。");
		assertThat(reading.actors()).containsExactly(new Actor("icbc-beijing", ActorRole.LEAD));
		assertThat(reading.region()).isEqualTo("beijing");
	}

	@Test
	void aCompanyAndItsPartnerInACity() {
		Reading reading = reader.read(2, "shaanxi", "腾讯公司与陕西省西安市食品药品监督管理局签订合作协议，推进“互联网+食药监管”。");
		assertThat(reading.actors()).extracting(Actor::id).containsExactly("tencent", "xian-food-drug-administration");
		assertThat(reading.partnerships()).contains(new Partnership("tencent", "xian-food-drug-administration"));
		assertThat(reading.region()).isEqualTo("xian");
		assertThat(reading.sectors()).contains("food-drug-regulation");
	}

	@Test
	void aMinistryIssuingADocument() {
		Reading reading = reader.read(1, "mara", "农业农村部印发《深入推进审批服务便民化工作实施方案》，推行网上审批。");
		assertThat(reading.actors()).containsExactly(new Actor("mara", ActorRole.ISSUER));
		assertThat(reading.titles()).containsExactly("深入推进审批服务便民化工作实施方案");
	}

	/** How far the rules agree with the curated reading; printed for the review, with a floor that guards regressions. */
	@Test
	void agreementWithTheCuratedReading() {
		List<Initiative> curated = seed.reports().get(0).initiatives();
		int region = 0, actors = 0, sectors = 0, lead = 0;
		for (Initiative initiative : curated) {
			Reading reading = reader.read(initiative.section(), initiative.row(), initiative.text());
			region += java.util.Objects.equals(reading.region(), initiative.region()) ? 1 : 0;
			actors += new HashSet<>(reading.actors()).equals(new HashSet<>(initiative.actors())) ? 1 : 0;
			sectors += new HashSet<>(reading.sectors()).equals(new HashSet<>(initiative.sectors())) ? 1 : 0;
			String curatedLead = initiative.actors().isEmpty() ? null : initiative.actors().get(0).id();
			lead += !reading.actors().isEmpty() && reading.actors().get(0).id().equals(curatedLead) ? 1 : 0;
		}
		int n = curated.size();
		System.out.printf("entry reader vs curated seed (%d entries): region %d%%, first actor %d%%, actors %d%%, sectors %d%%%n",
				n, 100 * region / n, 100 * lead / n, 100 * actors / n, 100 * sectors / n);
		assertThat(100 * region / n).isGreaterThanOrEqualTo(93);
		assertThat(100 * lead / n).isGreaterThanOrEqualTo(93);
		assertThat(100 * actors / n).isGreaterThanOrEqualTo(85);
		assertThat(100 * sectors / n).isGreaterThanOrEqualTo(60);
	}

}
