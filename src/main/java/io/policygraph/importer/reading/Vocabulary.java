package io.policygraph.importer.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import io.policygraph.graph.OrganizationKind;
import io.policygraph.seed.SeedException;
import io.policygraph.seed.SeedReader;

/**
 * The words the reading rules read by, from {@code graph-seed/vocabulary.yaml}: one
 * reviewed list per job (issuing verbs, cooperation words, channel words, legal forms,
 * suffixes of bodies' names, summit roles...). Each field is documented in that file.
 * Names of bodies, places and sectors are not here: they are the seed's entities.
 */
public record Vocabulary(List<String> issuingVerbs, List<String> governmentForms, List<String> cooperationWords,
		List<String> joiningWords, List<String> joinsNext, List<String> listingWords, List<String> agentWords,
		List<String> backgroundWords, List<String> channelWords, List<String> alternativeWords,
		List<String> paymentWords, List<String> creationWords, List<String> channelPlatformWords,
		List<String> citingWords, List<String> venueWords, List<String> provinceWide,
		List<String> provinceWideExceptions, List<String> shortPlaceNamesNeverRead, List<BodySuffix> bodySuffixes,
		List<String> legalForms, List<String> standaloneSuffixes, List<String> hostSuffixes, List<String> unitSuffixes,
		List<String> branchSuffixes, Map<String, String> branchShortNames, List<String> businessUnitWords,
		List<String> nationalPrefixes, List<String> nationwidePrefixes, List<String> placeListWords,
		List<String> notInNames, List<String> notAfterAPlace, List<String> thingsNamedAfterABody,
		List<String> afterAName, List<String> suffixWords, List<String> partyEndWords, List<String> notAParty,
		List<String> joiningInWords, List<String> relativePrefixes, List<String> figurativeBankWords,
		List<String> leadingWords, Map<String, List<String>> summitRoles, Map<String, List<String>> summitParticipation,
		List<String> figureUnits, List<String> figureCountedThings) {

	/** A suffix that ends a body's name, and what a body with that suffix is. */
	public record BodySuffix(String suffix, String kind) {

		/** Whether the suffix names a company (公司, 银行, 分行...), not an organization. */
		public boolean isCompany() {
			return "COMPANY".equals(kind);
		}

		/**
		 * The organization kind of a body with this suffix; {@code OTHER} for a company
		 * suffix.
		 */
		public OrganizationKind organizationKind() {
			return isCompany() ? OrganizationKind.OTHER : OrganizationKind.valueOf(kind);
		}

	}

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	public Vocabulary {
		for (var field : new Object[] { issuingVerbs, governmentForms, cooperationWords, joiningWords, joinsNext,
				listingWords, agentWords, backgroundWords, channelWords, alternativeWords, paymentWords, creationWords,
				channelPlatformWords, citingWords, venueWords, provinceWide, provinceWideExceptions,
				shortPlaceNamesNeverRead, bodySuffixes, legalForms, standaloneSuffixes, hostSuffixes, unitSuffixes,
				branchSuffixes, branchShortNames, businessUnitWords, nationalPrefixes, nationwidePrefixes,
				placeListWords, notInNames, notAfterAPlace, thingsNamedAfterABody, afterAName, suffixWords,
				partyEndWords, notAParty, joiningInWords, relativePrefixes, figurativeBankWords, leadingWords,
				summitRoles, summitParticipation, figureUnits, figureCountedThings }) {
			Objects.requireNonNull(field, "every list of vocabulary.yaml is required");
		}
		bodySuffixes = bodySuffixes.stream()
			.sorted(Comparator.comparingInt((BodySuffix s) -> s.suffix().length()).reversed())
			.toList();
	}

	/**
	 * The vocabulary in a seed's files ({@code vocabulary.yaml} at its top), else the one
	 * in the jar.
	 * @throws SeedException when the file is not valid YAML of this shape; the message
	 * names the file
	 */
	public static Vocabulary of(Map<String, byte[]> seedFiles) {
		byte[] bytes = seedFiles.get(SeedReader.VOCABULARY);
		if (bytes != null) {
			return parse(bytes);
		}
		try (InputStream in = Vocabulary.class.getResourceAsStream("/graph-seed/" + SeedReader.VOCABULARY)) {
			if (in == null) {
				throw new SeedException(SeedReader.VOCABULARY + ": missing from the graph-seed and from the jar", null);
			}
			return parse(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Vocabulary parse(byte[] yaml) {
		try {
			return YAML.readValue(yaml, Vocabulary.class);
		}
		catch (JacksonException | NullPointerException ex) {
			throw new SeedException(SeedReader.VOCABULARY + ": " + ex.getMessage().lines().findFirst().orElse(""), ex);
		}
	}

	/**
	 * A regular-expression alternation of the words, longest first, each quoted:
	 * {@code (?:与|携手|…)}.
	 */
	public static String anyOf(List<String> words) {
		return words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|", "(?:", ")"));
	}

	/** Whether the text ends with one of the words. */
	public static boolean endsWithAny(CharSequence text, List<String> words) {
		String s = text.toString();
		return words.stream().anyMatch(s::endsWith);
	}

	/** Whether the text starts with one of the words. */
	public static boolean startsWithAny(CharSequence text, List<String> words) {
		String s = text.toString();
		return words.stream().anyMatch(s::startsWith);
	}

	/** The roles a summit clause gives, in the order of {@code summitRoles}. */
	public List<String> summitRoleWords(String role) {
		return summitRoles.getOrDefault(role, List.of());
	}

}
