package io.policygraph.importer.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.policygraph.error.RequestDeadline;
import io.policygraph.graph.ActorRole;
import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.seed.SeedRecords.Actor;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Partnership;

/**
 * Reads one entry the way a careful reader does: which bodies and places it names (known
 * ones and new ones, by {@link NameFinder}), who acted and in what role
 * ({@link RoleRule}), where it happened ({@link PlaceRule}), who worked with whom, which
 * sectors it concerns and which documents it announces. Every role and the place carry
 * the name of the rule that gave them.
 */
public final class EntryReader {

	/**
	 * Why a body has its role, or the entry its place: {@code subject} is an actor's id,
	 * or "place".
	 */
	public record Reason(String subject, String assigned, String rule) {
	}

	/**
	 * What was read from an entry.
	 *
	 * @param events the summits the entry names (第五届世界互联网大会, its 互联网之光博览会)
	 */
	public record Reading(String region, List<Actor> actors, List<Partnership> partnerships, List<String> sectors,
			List<String> titles, List<Reason> reasons, List<String> events) {
	}

	/**
	 * What a branch is called between its group's name and its region's:
	 * 中国工商银行（简称工行）北京市分行.
	 */
	private static final Pattern BRANCH = Pattern.compile("([（(][^）)]{0,12}[）)])?");

	private final Gazetteer gazetteer;

	private final Vocabulary vocabulary;

	private final NameFinder names;

	private final Pattern citedSource;

	/**
	 * @param names finds the bodies and places of each entry, and makes candidates of new
	 * ones
	 */
	public EntryReader(Gazetteer gazetteer, Vocabulary vocabulary, NameFinder names) {
		this.gazetteer = gazetteer;
		this.vocabulary = vocabulary;
		this.names = names;
		this.citedSource = Pattern.compile("^[\\p{IsHan}A-Za-z]{2,10}网" + Vocabulary.anyOf(vocabulary.citingWords()));
	}

	/**
	 * A reader with the vocabulary and divisions of the jar; new bodies join the
	 * gazetteer as candidates.
	 */
	public EntryReader(Gazetteer gazetteer) {
		this(gazetteer, Vocabulary.of(Map.of()));
	}

	private EntryReader(Gazetteer gazetteer, Vocabulary vocabulary) {
		this(gazetteer, vocabulary, new Candidates("review", gazetteer, vocabulary.legalForms()));
	}

	private EntryReader(Gazetteer gazetteer, Vocabulary vocabulary, Candidates candidates) {
		this(gazetteer, vocabulary, new NameFinder(gazetteer, vocabulary,
				Divisions.bundled(Set.copyOf(vocabulary.shortPlaceNamesNeverRead())), candidates));
	}

	public Reading read(int section, String rowId, String text) {
		return read(section, rowId, List.of(), text, "an entry of " + rowId);
	}

	public Reading read(int section, String rowId, List<String> coIssuers, String text) {
		return read(section, rowId, coIssuers, text, "an entry of " + rowId);
	}

	/**
	 * @param section 1 (ministries), 2 (regions) or 3 (companies)
	 * @param rowId the id of the body heading the entry's table row
	 * @param coIssuers the other bodies heading the row (工信部、国务院扶贫办)
	 * @param where the entry's id, named in the review note of each candidate found in it
	 */
	public Reading read(int section, String rowId, List<String> coIssuers, String text, String where) {
		// reading is the costly part of an import: it ends with the request it serves
		RequestDeadline.check();
		List<Mention> mentions = resolveBranches(text, names.find(text, where, section == 2 ? rowId : null));
		var entry = new EntryContext(section, rowId, coIssuers, text, mentions, gazetteer, vocabulary);
		RoleRule.readRoles(entry);
		PlaceRule.Placed placed = PlaceRule.place(entry);
		var reasons = new ArrayList<Reason>();
		var actors = new ArrayList<Actor>();
		entry.actors.forEach((id, assigned) -> {
			boolean channel = assigned.rule().equals(RoleRule.CHANNELS_TAKE_PART.ruleName());
			actors.add(new Actor(id, assigned.role(), channel ? Boolean.TRUE : null));
			reasons.add(new Reason(id, assigned.role().name(), assigned.rule()));
		});
		if (placed.region() != null) {
			reasons.add(new Reason("place", placed.region(), placed.rule().ruleName()));
		}
		List<String> events = mentions.stream()
			.filter(m -> m.kind() == Kind.EVENT)
			.map(Mention::id)
			.distinct()
			.toList();
		return new Reading(placed.region(), List.copyOf(actors), partnerships(actors), sectors(text, actors),
				entry.titles, List.copyOf(reasons), events);
	}

	/**
	 * The sectors the text names, and those of the business of a bank or cloud provider
	 * that leads or partners. A website the entry opens by citing (天津政务网公布…) names no
	 * sector.
	 */
	private List<String> sectors(String text, List<Actor> actors) {
		var sectors = new LinkedHashSet<>(gazetteer.sectors(citedSource.matcher(text).replaceFirst("")));
		actors.stream()
			.filter(actor -> actor.role() == ActorRole.LEAD || actor.role() == ActorRole.PARTNER)
			.forEach(actor -> sectors.addAll(gazetteer.businessSectors(actor.id())));
		return List.copyOf(sectors);
	}

	/**
	 * A company works with every other party of the entry; two companies work with each
	 * other both ways.
	 */
	private List<Partnership> partnerships(List<Actor> actors) {
		var partnerships = new ArrayList<Partnership>();
		for (Actor company : actors) {
			if (!(gazetteer.entity(company.id()) instanceof Company) || company.role() == ActorRole.PARTICIPANT) {
				continue;
			}
			for (Actor other : actors) {
				if (other != company && (other.role() == ActorRole.PARTNER || company.role() == ActorRole.PARTNER)
						&& other.role() != ActorRole.PARTICIPANT) {
					partnerships.add(new Partnership(company.id(), other.id()));
				}
			}
		}
		return partnerships;
	}

	/** The names this reader reads by, with the candidates it has found so far. */
	public Gazetteer gazetteer() {
		return gazetteer;
	}

	/** Titles of documents the entry says were issued. */
	public List<String> announcedTitles(String text) {
		return EntryContext.announcedTitles(text, vocabulary);
	}

	/**
	 * A group's name followed by a region and 分行 or 分公司 is the group's branch there, when
	 * the seed knows it: 中国工商银行（简称工行）北京市分行 is 中国工商银行北京市分行.
	 */
	private List<Mention> resolveBranches(String text, List<Mention> mentions) {
		var distinct = new ArrayList<Mention>();
		for (Mention mention : mentions) {
			// 中国工商银行（简称工行）: the short name in brackets is the same party again
			if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).id().equals(mention.id())) {
				distinct.add(mention);
			}
		}
		var resolved = new ArrayList<Mention>();
		for (int i = 0; i < distinct.size(); i++) {
			Mention mention = distinct.get(i);
			if (mention.kind() == Kind.COMPANY && i + 1 < distinct.size()
					&& distinct.get(i + 1).kind() == Kind.REGION) {
				Mention region = distinct.get(i + 1);
				String between = text.substring(mention.end(), region.start());
				String after = text.substring(region.end(), Math.min(text.length(), region.end() + 3));
				Optional<Named> branch = branch(mention.id(), region.id());
				if (BRANCH.matcher(between).matches()
						&& vocabulary.branchSuffixes().stream().anyMatch(after::startsWith) && branch.isPresent()) {
					resolved.add(new Mention(branch.get().id(), Kind.COMPANY, branch.get().name(), mention.start(),
							region.end()));
					i++;
					continue;
				}
			}
			resolved.add(mention);
		}
		return resolved;
	}

	private Optional<Named> branch(String groupId, String regionId) {
		return gazetteer.companiesIn(regionId)
			.stream()
			.filter(company -> groupId.equals(company.parent()))
			.map(company -> (Named) company)
			.findFirst();
	}

}
