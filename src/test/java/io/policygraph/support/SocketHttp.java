package io.policygraph.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for what {@code java.net.http} cannot do: send a
 * body slowly or without end, from another loopback address than 127.0.0.1 (so that the
 * service sees another client), and read the answer however the body was cut off.
 */
public final class SocketHttp implements AutoCloseable {

	private final Socket socket;

	private final OutputStream out;

	private final InputStream in;

	private SocketHttp(Socket socket) throws IOException {
		this.socket = socket;
		this.out = socket.getOutputStream();
		this.in = socket.getInputStream();
	}

	/**
	 * A connection to the service on {@code port} from the loopback address {@code from}
	 * (such as {@code 127.0.0.2}); answers are awaited at most {@code timeout}.
	 */
	public static SocketHttp connect(String from, int port, Duration timeout) {
		try {
			Socket socket = new Socket();
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout((int) timeout.toMillis());
			return new SocketHttp(socket);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The head of a POST of JSON to {@code /graphql} with {@code headers}. */
	public static String postHead(Map<String, String> headers) {
		StringBuilder head = new StringBuilder("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Content-Type: application/json\r\nAccept: application/json\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		return head.append("\r\n").toString();
	}

	/** A whole POST of {@code json} to {@code /graphql} with {@code headers}. */
	public static byte[] post(String json, Map<String, String> headers) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Content-Length", String.valueOf(body.length));
		all.put("Connection", "close");
		byte[] head = postHead(all).getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		return request;
	}

	/** Sends {@code bytes}; false when the service has closed the connection. */
	public boolean send(byte[] bytes) {
		try {
			this.out.write(bytes);
			this.out.flush();
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Sends {@code text} in ASCII; false when the service has closed the connection. */
	public boolean send(String text) {
		return send(text.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The answer: status, headers (names in lower case) and body (by Content-Length,
	 * chunks, or up to the end of the connection).
	 */
	public Answer read() {
		try {
			String status = line();
			Map<String, String> headers = new LinkedHashMap<>();
			for (String line = line(); !line.isEmpty(); line = line()) {
				int colon = line.indexOf(':');
				headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
						line.substring(colon + 1).strip());
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (headers.containsKey("content-length")) {
				body.write(this.in.readNBytes(Integer.parseInt(headers.get("content-length"))));
			}
			else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0; size = Integer
					.parseInt(line().split(";")[0].strip(), 16)) {
					body.write(this.in.readNBytes(size));
					line();
				}
			}
			else {
				body.write(this.in.readAllBytes());
			}
			return new Answer(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the service has closed the connection: reading finds its end (or a reset).
	 */
	public boolean closedByService() {
		try {
			return this.in.read() < 0;
		}
		catch (IOException ex) {
			return true;
		}
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new IOException("the connection ended in the middle of the answer's head");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// nothing to do
		}
	}

	/** An HTTP answer. */
	public record Answer(int status, Map<String, String> headers, String body) {
	}

}
