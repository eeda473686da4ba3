package io.policygraph.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.graph.OrganizerRole;
import io.policygraph.graph.ParticipantRole;
import io.policygraph.graph.RegionLevel;
import io.policygraph.importer.format.ParsedSummit;
import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Organizer;
import io.policygraph.seed.SeedRecords.Participant;

/**
 * Reads a summit of section 四: the city it was held in (known, or a new city of the
 * national divisions), its organizers by role (主办 HOST, 指导 GUIDE, 承办 ORGANIZER, 协办
 * CO_ORGANIZER), each a body of its own and never its province (湖南省经济和信息化委员会 is not 湖南省),
 * the firms and bodies its text says took part (来自小米、百度等的嘉宾…演讲: SPEAKER; 参展: EXHIBITOR),
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

	/**
	 * The summit as an Event; what the text lacks (date, city, theme) is a warning naming
	 * its line.
	 */
	public Event event(ParsedSummit summit, List<String> warnings) {
		String where = "summit " + summit.name();
		String city = summit.city() == null ? null : city(summit.city(), summit.text(), where);
		var organizers = new ArrayList<Organizer>();
		var participants = new ArrayList<Participant>();
		for (String clause : summit.text().split("[，,。；;]")) {
			OrganizerRole role = role(clause);
			ParticipantRole part = role == null ? participation(clause) : null;
			if (role == null && part == null) {
				continue;
			}
			for (Mention mention : names.find(clause, where, null)) {
				if (mention.kind() == Kind.EVENT || mention.kind() == Kind.REGION && part != null) {
					continue;
				}
				if (role != null && organizers.stream().noneMatch(o -> o.id().equals(mention.id()))) {
					organizers.add(new Organizer(mention.id(), role));
				}
				if (part != null && participants.stream().noneMatch(p -> p.id().equals(mention.id()))) {
					participants.add(new Participant(mention.id(), part, null));
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
				participants, found, summit.text());
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
		return candidates.region(printed, RegionLevel.PROVINCE, null, where);
	}

	/**
	 * The organizer role a clause gives (主办, 指导, 承办, 协办: {@code summitRoles}), or null.
	 */
	private OrganizerRole role(String clause) {
		for (OrganizerRole role : List.of(OrganizerRole.GUIDE, OrganizerRole.CO_ORGANIZER, OrganizerRole.ORGANIZER,
				OrganizerRole.HOST)) {
			if (vocabulary.summitRoleWords(role.name()).stream().anyMatch(clause::contains)) {
				return role;
			}
		}
		return null;
	}

	/**
	 * How the bodies of a clause took part ({@code summitParticipation}: 演讲 SPEAKER, 参展
	 * EXHIBITOR), or null.
	 */
	private ParticipantRole participation(String clause) {
		for (ParticipantRole role : ParticipantRole.values()) {
			if (vocabulary.summitParticipation()
				.getOrDefault(role.name(), List.of())
				.stream()
				.anyMatch(clause::contains)) {
				return role;
			}
		}
		return null;
	}

	/**
	 * How a body named in an entry about a summit took part in it (演讲, 亮相…博览会);
	 * PARTICIPANT when the entry does not say.
	 */
	public ParticipantRole participation(String text, boolean orElseParticipant) {
		ParticipantRole role = participation(text);
		return role == null && orElseParticipant ? ParticipantRole.PARTICIPANT : role;
	}

}
