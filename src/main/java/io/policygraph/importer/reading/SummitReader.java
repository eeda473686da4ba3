package io.policygraph.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.importer.format.ParsedSummit;
import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Organizer;
import io.policygraph.seed.SeedRecords.OrganizerRole;

/**
 * Reads a summit of section 四: the city it was held in (known, or a new city of the national
 * divisions), its organizers by role (主办: HOST, 指导: GUIDE; bodies that only 承办 are not
 * organizers), each a body of its own and never its province (湖南省经济和信息化委员会 is not 湖南省),
 * and its figures (约1500名嘉宾, 600余名嘉宾, 签约项目20个).
 */
public final class SummitReader {

	private final Gazetteer gazetteer;

	private final Vocabulary vocabulary;

	private final NameFinder names;

	private final Pattern figures;

	private final Candidates candidates;

	public SummitReader(Gazetteer gazetteer, Vocabulary vocabulary, NameFinder names, Candidates candidates) {
		this.gazetteer = gazetteer;
		this.candidates = candidates;
		this.vocabulary = vocabulary;
		this.names = names;
		String number = "\\d[\\d,.]*\\s*(?:余|多)?";
		this.figures = Pattern.compile("(?:(?:来自|约|超|超过|共|达|近|逾)\\s*)?" + number + "\\s*"
				+ Vocabulary.anyOf(vocabulary.figureUnits()) + "|" + Vocabulary.anyOf(vocabulary.figureCountedThings())
				+ "(?:达|超|共|约)?\\s*" + number + "\\s*[个项家亿万元]*");
	}

	/** The summit as an Event; what the text lacks (date, city, theme) is a warning naming its line. */
	public Event event(ParsedSummit summit, List<String> warnings) {
		String where = "summit " + summit.name();
		String city = summit.city() == null ? null : city(summit.city(), summit.text(), where);
		var organizers = new ArrayList<Organizer>();
		for (String clause : summit.text().split("[，,。；;]")) {
			OrganizerRole role = role(clause);
			if (role == null) {
				continue;
			}
			for (Mention mention : names.find(clause, where, null)) {
				if (mention.kind() != Kind.EVENT && organizers.stream().noneMatch(o -> o.id().equals(mention.id()))) {
					organizers.add(new Organizer(mention.id(), role));
				}
			}
		}
		var found = new ArrayList<String>();
		Matcher matcher = figures.matcher(summit.text());
		while (matcher.find()) {
			String figure = matcher.group().strip();
			if (!found.contains(figure)) {
				found.add(figure);
			}
		}
		if (summit.startDate() == null || city == null || summit.theme() == null) {
			warnings.add("summit " + summit.name() + " (line " + summit.line() + "): date, city or theme missing");
		}
		return new Event("event-" + Candidates.shortHash(summit.name()), summit.name(), summit.name(), List.of(),
				summit.startDate(), summit.endDate(), city, Objects.requireNonNullElse(summit.theme(), ""), organizers,
				found, summit.text());
	}

	/**
	 * The most specific place the summit's 在…举行 names: 浙江乌镇 is 乌镇, 绍兴 a new city of 浙江省.
	 * A place no list knows is proposed as it is printed, for a curator to place.
	 */
	private String city(String printed, String text, String where) {
		List<Mention> places = names.venue(printed, where);
		if (!places.isEmpty()) {
			return places.get(places.size() - 1).id();
		}
		return candidates.region(printed, io.policygraph.seed.SeedRecords.RegionLevel.PROVINCE, null, where);
	}

	/** The organizer role a clause gives (主办, 指导), or null: a clause of 承办 or 协办 names no organizer. */
	private OrganizerRole role(String clause) {
		if (vocabulary.summitSupportWords().stream().anyMatch(clause::contains)
				&& vocabulary.summitRoleWords("HOST").stream().noneMatch(clause::contains)) {
			return null;
		}
		for (OrganizerRole role : List.of(OrganizerRole.GUIDE, OrganizerRole.HOST)) {
			if (vocabulary.summitRoleWords(role.name()).stream().anyMatch(clause::contains)) {
				return role;
			}
		}
		return null;
	}

}
