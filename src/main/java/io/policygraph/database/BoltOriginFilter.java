package io.policygraph.database;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * The first handler of every Bolt connection: lets Bolt's own handshake through at once,
 * and a WebSocket handshake (an HTTP {@code GET}) only when it carries no {@code Origin}
 * (a program, not a web page) or one of the configured origins; any other page's
 * handshake gets HTTP 403 and the connection is closed before Neo4j sees it. Then it
 * steps out of the pipeline, so the connection costs nothing more. One per connection.
 */
final class BoltOriginFilter extends ByteToMessageDecoder {

	/** The longest handshake head read before deciding (Neo4j allows 8 KB too). */
	private static final int MAX_HEAD = 8192;

	private static final byte[] GET = "GET ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private final List<String> allowedOrigins;

	BoltOriginFilter(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	@Override
	protected void decode(ChannelHandlerContext context, ByteBuf in, List<Object> out) {
		if (in.readableBytes() < GET.length) {
			return;
		}
		if (!startsWith(in, GET)) {
			context.pipeline().remove(this);
			return;
		}
		int end = ByteBufUtil.indexOf(Unpooled.wrappedBuffer(END_OF_HEAD), in);
		if (end < 0) {
			if (in.readableBytes() > MAX_HEAD) {
				refuse(context, in, "431 Request Header Fields Too Large", "The handshake is too long.");
			}
			return;
		}
		String origin = origin(in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1));
		if (origin == null || allowedOrigins.contains(origin)) {
			context.pipeline().remove(this);
			return;
		}
		refuse(context, in, "403 Forbidden", "Web pages of " + origin.replaceAll("[^\\x20-\\x7e]", "?")
				+ " may not open Bolt here (policygraph.embedded.bolt-allowed-origins).");
	}

	private static boolean startsWith(ByteBuf in, byte[] prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if (in.getByte(in.readerIndex() + i) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The value of the first {@code Origin} header, or null. */
	static String origin(String head) {
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("origin")) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

	private static void refuse(ChannelHandlerContext context, ByteBuf in, String status, String message) {
		in.skipBytes(in.readableBytes());
		byte[] body = (message + "\n").getBytes(StandardCharsets.US_ASCII);
		String head = "HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\nContent-Length: " + body.length
				+ "\r\nConnection: close\r\n\r\n";
		ByteBuf response = Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body);
		context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
	}

}
