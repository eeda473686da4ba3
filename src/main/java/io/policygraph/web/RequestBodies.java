package io.policygraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.unit.DataSize;

/**
 * Reads the body of a POST within its size and time limits
 * ({@code policygraph.limits.max-body-size},
 * {@code policygraph.limits.body-read-timeout}): a Content-Length over the limit is
 * refused before a byte is read, a chunked body as soon as the bytes read pass it, and a
 * body that has not arrived whole when the time limit has passed is refused however its
 * bytes are spread (Tomcat's own timeouts are per read, so a client sending a byte now
 * and then would reset them).
 */
class RequestBodies {

	private static final int BUFFER = 16 * 1024;

	private final long maxBytes;

	private final Duration timeout;

	RequestBodies(DataSize maxSize, Duration timeout) {
		this.maxBytes = maxSize.toBytes();
		this.timeout = timeout;
	}

	/**
	 * The whole body.
	 * @throws BadHttpRequestException 413 when it is too large, 408 when it is too slow
	 */
	byte[] read(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			throw tooLarge(declared + " bytes (Content-Length)");
		}
		long deadline = System.nanoTime() + this.timeout.toNanos();
		InputStream in = request.getInputStream();
		ByteArrayOutputStream body = new ByteArrayOutputStream(
				declared > 0 ? (int) declared : (int) Math.min(BUFFER, this.maxBytes + 1));
		byte[] buffer = new byte[BUFFER];
		while (true) {
			int read;
			try {
				read = in.read(buffer);
			}
			catch (IOException ex) {
				if (timedOut(ex) || System.nanoTime() - deadline > 0) {
					throw tooSlow(body.size());
				}
				throw ex;
			}
			if (read < 0) {
				return body.toByteArray();
			}
			if (System.nanoTime() - deadline > 0) {
				throw tooSlow(body.size() + read);
			}
			body.write(buffer, 0, read);
			if (body.size() > this.maxBytes) {
				throw tooLarge("more than " + this.maxBytes + " bytes (a chunked body, refused while reading)");
			}
		}
	}

	private BadHttpRequestException tooLarge(String size) {
		return BadHttpRequestException.tooLarge("The request body is " + size + "; the limit is " + this.maxBytes
				+ " bytes (" + readable(this.maxBytes)
				+ ", policygraph.limits.max-body-size): send a smaller request, or raise the limit on the server");
	}

	private BadHttpRequestException tooSlow(long received) {
		return BadHttpRequestException.timeout("The request body did not arrive whole within its time limit of "
				+ this.timeout.toMillis() + " ms (policygraph.limits.body-read-timeout; " + received
				+ " bytes received): send the body at once, or raise the limit on the server");
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** A byte count as an operator writes it in a property: 4MB, 16KB, 100B. */
	static String readable(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + "MB";
		}
		if (bytes % 1024 == 0) {
			return (bytes / 1024) + "KB";
		}
		return bytes + "B";
	}

}
