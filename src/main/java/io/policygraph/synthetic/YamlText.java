package io.policygraph.synthetic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the text of graph-seed YAML files by hand, in the layout of the curated files:
 * block records, flow lists and maps for short items. Every string is double-quoted, so
 * no value is read as a number, a date or a boolean by accident.
 */
final class YamlText {

	private final StringBuilder text = new StringBuilder();

	/** A comment line. */
	YamlText comment(String comment) {
		this.text.append("# ").append(comment).append('\n');
		return this;
	}

	/** Starts a list item with its first field, {@code - key: "value"}. */
	YamlText item(String key, String value) {
		this.text.append('\n').append("- ").append(key).append(": ").append(quote(value)).append('\n');
		return this;
	}

	/** A quoted string field; nothing when the value is null. */
	YamlText field(String key, String value) {
		return field("  ", key, value);
	}

	/** A quoted string field at the given indentation; nothing when the value is null. */
	YamlText field(String indent, String key, String value) {
		if (value != null) {
			this.text.append(indent).append(key).append(": ").append(quote(value)).append('\n');
		}
		return this;
	}

	/** A field written as it is: a number, an enum constant, or a flow list or map. */
	YamlText plain(String key, Object value) {
		return plain("  ", key, value);
	}

	/** A field written as it is, at the given indentation. */
	YamlText plain(String indent, String key, Object value) {
		this.text.append(indent).append(key).append(": ").append(value).append('\n');
		return this;
	}

	/** A quoted flow list field; nothing when the list is empty. */
	YamlText list(String key, List<String> values) {
		if (!values.isEmpty()) {
			plain(key, flowList(values));
		}
		return this;
	}

	/** A block list of flow items under {@code key}; nothing when there are none. */
	YamlText items(String key, List<String> flowItems) {
		if (!flowItems.isEmpty()) {
			this.text.append("  ").append(key).append(":\n");
			flowItems.forEach(item -> this.text.append("    - ").append(item).append('\n'));
		}
		return this;
	}

	/** Text written as it is. */
	YamlText append(String yaml) {
		this.text.append(yaml);
		return this;
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	static String flowList(List<String> values) {
		return values.stream().map(YamlText::quote).collect(Collectors.joining(", ", "[", "]"));
	}

	/** A YAML double-quoted string. */
	static String quote(String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
