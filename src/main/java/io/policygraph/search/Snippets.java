package io.policygraph.search;

import java.util.ArrayList;
import java.util.List;

import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.Policy;
import io.policygraph.text.NameKey;

/**
 * The part of a hit's name or text that matched the query's key, for showing next to the
 * hit.
 */
final class Snippets {

	/** Characters of context on each side of a match in a long text. */
	private static final int CONTEXT = 30;

	private Snippets() {
	}

	static String of(GraphObject node, String key) {
		if (node instanceof Initiative initiative) {
			return around(initiative.text(), key);
		}
		if (node instanceof Policy policy) {
			return policy.title();
		}
		if (node instanceof Entity entity) {
			return bestName(entity, key);
		}
		return null;
	}

	private static String bestName(Entity entity, String key) {
		List<String> names = new ArrayList<>();
		names.add(entity.name());
		names.add(entity.nameEn());
		names.addAll(entity.aliases());
		for (String part : parts(key)) {
			for (String name : names) {
				if (NameKey.of(name).contains(part)) {
					return name;
				}
			}
		}
		return entity.name();
	}

	private static String around(String text, String key) {
		String folded = NameKey.ofEachCharacter(text);
		for (String part : parts(key)) {
			int at = folded.indexOf(part);
			if (at >= 0) {
				int start = Math.max(0, at - CONTEXT);
				int end = Math.min(text.length(), at + part.length() + CONTEXT);
				return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
			}
		}
		return text.length() <= 2 * CONTEXT ? text : text.substring(0, 2 * CONTEXT) + "…";
	}

	/**
	 * The whole key first, then its words, then its character pairs, as the CJK analyzer
	 * sees them.
	 */
	private static List<String> parts(String key) {
		List<String> parts = new ArrayList<>();
		parts.add(key);
		for (String word : key.split(" ")) {
			parts.add(word);
			for (int i = 0; i + 2 <= word.length(); i++) {
				parts.add(word.substring(i, i + 2));
			}
		}
		return parts;
	}

}
