package io.policygraph.importer.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes of a report as UTF-8, and when they are not, says what they look like
 * instead: GBK or GB18030 (how Chinese text is often saved on Windows), UTF-16, or binary
 * data.
 */
final class ReportEncoding {

	private static final String ICONV = "; convert it with iconv -f %s -t UTF-8";

	private static final String UTF16 = "not UTF-8 text: looks like UTF-16" + ICONV.formatted("UTF-16");

	private ReportEncoding() {
	}

	static String decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw new ReportFormatException(0, "the text is empty");
		}
		if (startsWithUtf16Bom(bytes)) {
			throw new ReportFormatException(1, UTF16);
		}
		int offset = (startsWithUtf8Bom(bytes)) ? 3 : 0;
		CharsetDecoder utf8 = strictDecoder(StandardCharsets.UTF_8);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = utf8.decode(in, out, true);
		if (result.isError()) {
			if (isPlausibleText(strictly(bytes, StandardCharsets.UTF_16LE))
					|| isPlausibleText(strictly(bytes, StandardCharsets.UTF_16BE))) {
				throw new ReportFormatException(1, UTF16);
			}
			int at = in.position();
			throw new ReportFormatException(lineOf(bytes, at), notUtf8(bytes, at));
		}
		utf8.flush(out);
		return out.flip().toString();
	}

	private static String notUtf8(byte[] bytes, int at) {
		if (isMostlyControlBytes(bytes)) {
			return "not UTF-8 text: looks like binary data, not a text file";
		}
		String gbk = strictly(bytes, Charset.forName("GB18030"));
		if (gbk != null && isMostlyChinese(gbk)) {
			return "not UTF-8 text: looks like GBK (or GB18030) Chinese text" + ICONV.formatted("GBK");
		}
		return "not UTF-8 text: invalid byte 0x%02X at offset %d".formatted(bytes[at] & 0xFF, at);
	}

	private static boolean startsWithUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	private static boolean startsWithUtf16Bom(byte[] bytes) {
		if (bytes.length < 2) {
			return false;
		}
		int b0 = bytes[0] & 0xFF;
		int b1 = bytes[1] & 0xFF;
		return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
	}

	/**
	 * Text a report could be made of: no control characters but line breaks and tabs, and
	 * nearly all characters ASCII, Latin-1, punctuation, symbols, Chinese or full-width.
	 * Other bytes decoded as UTF-16 give characters from all over Unicode.
	 */
	private static boolean isPlausibleText(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		int plausible = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c)) {
				return false;
			}
			if (c < 0x100 || (c >= 0x2000 && c <= 0x27BF) || (c >= 0x3000 && c <= 0x303F)
					|| (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF)) {
				plausible++;
			}
		}
		return plausible >= text.length() * 0.95;
	}

	/**
	 * Text with NUL characters or many control characters is binary data that happened to
	 * decode.
	 */
	static void requireText(String text) {
		int binary = firstBinaryChar(text);
		if (binary >= 0) {
			throw new ReportFormatException(lineOf(text, binary),
					"not text: looks like binary data (control character U+%04X)".formatted((int) text.charAt(binary)));
		}
	}

	private static boolean isMostlyControlBytes(byte[] bytes) {
		int control = 0;
		for (byte b : bytes) {
			if (isControl(b & 0xFF)) {
				control++;
			}
		}
		return control > 0 && control * 100 >= bytes.length;
	}

	private static boolean isControl(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
	}

	private static int firstBinaryChar(String text) {
		int control = 0;
		int first = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return i;
			}
			if (isControl(c)) {
				control++;
				first = (first < 0) ? i : first;
			}
		}
		return (control * 100 >= text.length()) ? first : -1;
	}

	private static CharsetDecoder strictDecoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static String strictly(byte[] bytes, Charset charset) {
		try {
			return strictDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notThisCharset) {
			return null;
		}
	}

	/**
	 * At least half of the non-ASCII characters are Chinese characters or Chinese
	 * punctuation.
	 */
	private static boolean isMostlyChinese(String text) {
		int nonAscii = 0;
		int chinese = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				nonAscii++;
				if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3000' && c <= '\u303F')
						|| (c >= '\uFF00' && c <= '\uFFEF')) {
					chinese++;
				}
			}
		}
		return nonAscii > 0 && chinese * 2 >= nonAscii;
	}

	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
