package io.policygraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * The origin check in front of Bolt, on Netty's in-memory channel: what it passes on to
 * Neo4j byte for byte, and what it answers itself.
 */
class BoltOriginFilterTest {

	private static final String HANDSHAKE = "GET / HTTP/1.1\r\nHost: localhost:7687\r\nUpgrade: websocket\r\n"
			+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";

	@Test
	void aPageOfAForeignOriginIsRefusedBeforeNeo4jSeesIt() {
		EmbeddedChannel channel = new EmbeddedChannel(new BoltOriginFilter(List.of("https://browser.neo4j.io")));

		channel.writeInbound(bytes(HANDSHAKE + "Origin: http://evil.example\r\n\r\n"));

		assertThat((Object) channel.readInbound()).as("nothing reaches Neo4j").isNull();
		String answer = text(channel.readOutbound());
		assertThat(answer).startsWith("HTTP/1.1 403 Forbidden\r\n")
			.contains("Web pages of http://evil.example may not open Bolt here")
			.contains("policygraph.embedded.bolt-allowed-origins");
		assertThat(channel.isOpen()).isFalse();
	}

	@Test
	void aPageOfAnAllowedOriginAndAProgramWithoutOriginPassUnchangedEvenInPieces() {
		for (String head : List.of(HANDSHAKE + "origin:  https://browser.neo4j.io \r\n\r\n", HANDSHAKE + "\r\n")) {
			EmbeddedChannel channel = new EmbeddedChannel(new BoltOriginFilter(List.of("https://browser.neo4j.io")));

			channel.writeInbound(bytes(head.substring(0, 10)));
			channel.writeInbound(bytes(head.substring(10)));

			assertThat(received(channel)).isEqualTo(head);
			assertThat((Object) channel.readOutbound()).isNull();
			assertThat(channel.pipeline().get(BoltOriginFilter.class)).as("steps out").isNull();
		}
	}

	@Test
	void boltsOwnHandshakePassesAtOnce() {
		EmbeddedChannel channel = new EmbeddedChannel(new BoltOriginFilter(List.of()));
		byte[] preamble = { 0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 5 };

		channel.writeInbound(Unpooled.wrappedBuffer(preamble));

		ByteBuf passed = channel.readInbound();
		byte[] copy = new byte[passed.readableBytes()];
		passed.readBytes(copy);
		assertThat(copy).isEqualTo(preamble);
	}

	@Test
	void noOriginIsAllowedByDefaultNotEvenTheNullOriginOfASandboxedPage() {
		EmbeddedChannel channel = new EmbeddedChannel(new BoltOriginFilter(List.of()));

		channel.writeInbound(bytes(HANDSHAKE + "Origin: null\r\n\r\n"));

		assertThat(text(channel.readOutbound())).startsWith("HTTP/1.1 403 Forbidden");
	}

	private static ByteBuf bytes(String text) {
		return Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1);
	}

	private static String text(ByteBuf buffer) {
		return buffer.toString(StandardCharsets.ISO_8859_1);
	}

	private static String received(EmbeddedChannel channel) {
		StringBuilder all = new StringBuilder();
		for (ByteBuf part = channel.readInbound(); part != null; part = channel.readInbound()) {
			all.append(text(part));
		}
		return all.toString();
	}

}
