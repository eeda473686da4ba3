package io.policygraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.Policy;

/** The part of a hit's name or text that matched the query, for showing next to the hit. */
final class Snippets {

	/** Characters of context on each side of a match in a long text. */
	private static final int CONTEXT = 30;

	private Snippets() {
	}

	static String of(GraphObject node, String query) {
		if (node instanceof Initiative initiative) {
			return around(initiative.text(), query);
		}
		if (node instanceof Policy policy) {
			return policy.title();
		}
		if (node instanceof Entity entity) {
			return bestName(entity, query);
		}
		return null;
	}

	private static String bestName(Entity entity, String query) {
		List<String> names = new ArrayList<>();
		names.add(entity.name());
		names.add(entity.nameEn());
		names.addAll(entity.aliases());
		for (String part : parts(query)) {
			for (String name : names) {
				if (name.toLowerCase(Locale.ROOT).contains(part)) {
					return name;
				}
			}
		}
		return entity.name();
	}

	private static String around(String text, String query) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String part : parts(query)) {
			int at = lower.indexOf(part);
			if (at >= 0) {
				int start = Math.max(0, at - CONTEXT);
				int end = Math.min(text.length(), at + part.length() + CONTEXT);
				return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
			}
		}
		return text.length() <= 2 * CONTEXT ? text : text.substring(0, 2 * CONTEXT) + "…";
	}

	/** The whole query first, then its words, then its character pairs, as the CJK analyzer sees them. */
	private static List<String> parts(String query) {
		String lower = query.toLowerCase(Locale.ROOT).strip();
		List<String> parts = new ArrayList<>();
		parts.add(lower);
		for (String word : lower.split("\\s+")) {
			parts.add(word);
			for (int i = 0; i + 2 <= word.length(); i++) {
				parts.add(word.substring(i, i + 2));
			}
		}
		return parts;
	}

}
