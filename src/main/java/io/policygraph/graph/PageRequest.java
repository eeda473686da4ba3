package io.policygraph.graph;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;

import io.policygraph.error.InvalidArgumentException;

/**
 * Which slice of an ordered list a client asked for, by the arguments of the Relay Cursor
 * Connections specification (https://relay.dev/graphql/connections.htm): the items after
 * the cursor {@code after} and before the cursor {@code before}, of those the first
 * {@code first}, and of those the last {@code last}. Both {@code first} and {@code last}
 * may be given: the last {@code last} of the first {@code first}. Without either, the
 * first {@code policygraph.api.default-page-size}.
 * <p>
 * Cursors are opaque to clients. Each is the base64url text of a version tag, the item's
 * {@link SortKey} and a fingerprint (truncated SHA-256) of the {@link PagedList} it was
 * given out for together with that key; a cursor that does not decode, was altered or
 * belongs to another list (another field, parent object, filter or order) is an
 * {@link InvalidArgumentException} naming {@code after} or {@code before} (a BAD_REQUEST
 * GraphQL error on that field).
 *
 * @param list the list the page is of
 * @param first how many items from the start of the window, or null
 * @param last how many items from the end of the window (after {@code first} applied), or
 * null
 * @param after the key of the item the window starts after, or null
 * @param before the key of the item the window ends before, or null
 * @param defaultSize how many items when neither {@code first} nor {@code last} is given
 */
public record PageRequest(PagedList list, Integer first, Integer last, SortKey after, SortKey before, int defaultSize) {

	private static final String VERSION = "pg1";

	/** Longer texts are not cursors of this API; refused before decoding. */
	private static final int MAX_CURSOR_LENGTH = 512;

	private static final int FINGERPRINT_BYTES = 12;

	/**
	 * The page the arguments of a connection field ask for.
	 * @throws InvalidArgumentException naming {@code first} or {@code last} when outside
	 * 0 to {@code policygraph.api.max-page-size}, or {@code after} or {@code before} when
	 * not a cursor of {@code list}
	 */
	public static PageRequest of(PagedList list, Integer first, String after, Integer last, String before,
			ApiProperties api) {
		requireSize("first", first, api);
		requireSize("last", last, api);
		return new PageRequest(list, first, last, decode("after", after, list), decode("before", before, list),
				api.defaultPageSize());
	}

	/**
	 * Whether the page is read from the end of the window: {@code last} without
	 * {@code first}.
	 */
	public boolean backward() {
		return last != null && first == null;
	}

	/**
	 * How many items to read from the window, in the direction of {@link #backward()}:
	 * one more than the page holds, which only tells whether more follow.
	 */
	public int fetch() {
		return (backward() ? last : forwardSize()) + 1;
	}

	/** How many items a forward page holds before {@code last} is applied. */
	int forwardSize() {
		return first != null ? first : last != null ? Integer.MAX_VALUE - 1 : defaultSize;
	}

	/** The opaque cursor of the item with this key in this page's list. */
	public String cursor(SortKey key) {
		String payload = payload(key);
		String text = payload + '\n' + fingerprint(list, payload);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private String payload(SortKey key) {
		return switch (list.order()) {
			case NEWEST_FIRST -> VERSION + '\n' + key.date() + '\n' + key.id();
			case BY_ID -> VERSION + '\n' + key.id();
		};
	}

	private static void requireSize(String argument, Integer size, ApiProperties api) {
		if (size != null && (size < 0 || size > api.maxPageSize())) {
			throw new InvalidArgumentException(argument,
					"must be between 0 and " + api.maxPageSize() + " (policygraph.api.max-page-size), not " + size);
		}
	}

	private static SortKey decode(String argument, String cursor, PagedList list) {
		if (cursor == null) {
			return null;
		}
		try {
			if (cursor.length() <= MAX_CURSOR_LENGTH) {
				String text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor)))
					.toString();
				int end = text.lastIndexOf('\n');
				if (end > 0) {
					String payload = text.substring(0, end);
					byte[] given = text.substring(end + 1).getBytes(StandardCharsets.UTF_8);
					byte[] expected = fingerprint(list, payload).getBytes(StandardCharsets.UTF_8);
					if (MessageDigest.isEqual(given, expected)) {
						return key(payload.split("\n", -1), list.order());
					}
				}
			}
		}
		catch (IllegalArgumentException | CharacterCodingException | DateTimeParseException ex) {
			// reported below
		}
		throw new InvalidArgumentException(argument, "is not a cursor of this list: pass the cursor of an edge that "
				+ "this field gave out, with the same filter (and for a nested list, of the same object)");
	}

	private static SortKey key(String[] parts, PagedList.Order order) {
		if (parts.length > 0 && parts[0].equals(VERSION)) {
			if (order == PagedList.Order.NEWEST_FIRST && parts.length == 3 && !parts[2].isEmpty()) {
				return new SortKey(LocalDate.parse(parts[1]), parts[2]);
			}
			if (order == PagedList.Order.BY_ID && parts.length == 2 && !parts[1].isEmpty()) {
				return new SortKey(null, parts[1]);
			}
		}
		throw new IllegalArgumentException("not a key of " + order + ": " + Arrays.toString(parts));
	}

	/**
	 * A digest of the list's identity and the cursor's payload, base64url: ties a key to
	 * its list.
	 */
	private static String fingerprint(PagedList list, String payload) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((list.identity() + '\u0000' + payload).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, FINGERPRINT_BYTES));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
