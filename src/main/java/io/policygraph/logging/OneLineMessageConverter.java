package io.policygraph.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %m} ({@code %msg}, {@code %message}) with line breaks and other
 * control characters escaped ({@code \n}, {@code \r}, U+2028...), so that a value a
 * client sent, logged in a message, can never start a line of its own and pass for
 * another log event. {@code logback-spring.xml} puts it in place of the built-in
 * converter for every pattern, Spring Boot's console and file patterns included;
 * exceptions' stack traces are written as before.
 */
public class OneLineMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return escape(super.convert(event));
	}

	/**
	 * {@code text} with every control character but the tab escaped as Java writes it.
	 */
	public static String escape(String text) {
		if (text == null || !needsEscaping(text)) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				escaped.append("\\n");
			}
			else if (c == '\r') {
				escaped.append("\\r");
			}
			else if (isBreaking(c)) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static boolean needsEscaping(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isBreaking(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBreaking(char c) {
		return (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
	}

}
