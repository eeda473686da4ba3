package io.policygraph.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The key under which every spelling of a name or text is the same, so that what an
 * analyst types finds what the report prints. It maps, in this order:
 * <ol>
 * <li>compatibility forms to their plain form (NFKC): full-width letters, digits and
 * punctuation to half-width (ＩＣＢＣ to ICBC, ５Ｇ to 5G, ＋ to +), the no-break space U+00A0
 * and the ideographic space U+3000 to a space;</li>
 * <li>invisible characters to nothing: format characters (Unicode category Cf, such as
 * the zero-width space U+200B, the BOM U+FEFF and the soft hyphen) and the other
 * default-ignorable ones (variation selectors);</li>
 * <li>traditional Chinese characters to simplified (騰訊 to 腾讯, 廣東 to 广东, 醫療 to 医疗);</li>
 * <li>letters to lower case;</li>
 * <li>white space: none next to a Chinese character (腾 讯 is 腾讯), one space elsewhere
 * (China Unicom), none at either end.</li>
 * </ol>
 * The graph stores keys beside the names and texts it is asked about ({@code nameKeys} of
 * entities, {@code textKey} of initiatives and summits, {@code titleKeys} of policies),
 * and every name argument and text filter is turned into its key before it reaches
 * Cypher.
 */
public final class NameKey {

	/**
	 * The first four steps, with ICU's tables; a transliterator is safe to share between
	 * threads.
	 */
	private static final Transliterator CHARACTERS = Transliterator
		.getInstance("NFKC; [[:Cf:][:Default_Ignorable_Code_Point:]] Remove; Traditional-Simplified; Any-Lower");

	private static final Pattern SPACE_BY_HAN = Pattern.compile("\\s+(?=\\p{IsHan})|(?<=\\p{IsHan})\\s+",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private NameKey() {
	}

	/**
	 * The key of a name or text; empty for null or for nothing but spaces and invisible
	 * characters.
	 */
	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String key = CHARACTERS.transliterate(text);
		key = SPACE_BY_HAN.matcher(key).replaceAll("");
		return SPACES.matcher(key).replaceAll(" ").strip();
	}

	/** The distinct keys of an entity's names, the canonical name's first. */
	public static List<String> ofNames(String name, String nameEn, List<String> aliases) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(of(name));
		keys.add(of(nameEn));
		aliases.forEach(alias -> keys.add(of(alias)));
		keys.remove("");
		return new ArrayList<>(keys);
	}

	/**
	 * The text with each character replaced by its own key where that is one character,
	 * and left as it is otherwise: positions in it are positions in the text, to show
	 * where a key was found.
	 */
	public static String ofEachCharacter(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String key = Character.isSurrogate(c) ? "" : of(String.valueOf(c));
			folded.append(key.length() == 1 ? key.charAt(0) : c);
		}
		return folded.toString();
	}

}
