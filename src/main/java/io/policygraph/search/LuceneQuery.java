package io.policygraph.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User text as a Lucene query that means just that text: every syntax character escaped,
 * and lower case so that AND, OR and NOT are words, not operators. The analyzers
 * lower-case anyway.
 */
final class LuceneQuery {

	private static final Pattern SYNTAX = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private LuceneQuery() {
	}

	static String of(String text) {
		return SYNTAX.matcher(text.toLowerCase(Locale.ROOT))
			.replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
	}

}
