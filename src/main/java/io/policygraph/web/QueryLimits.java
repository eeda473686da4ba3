package io.policygraph.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * What one GraphQL request may ask for. Each limit is checked before anything runs
 * against the database, and a request over it gets an error that names the limit.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxCost most fields a request may resolve: each field costs 1, a list field
 * multiplies the cost of what it selects by its page size ({@code first}) or by
 * {@code listWeight}
 * @param listWeight how many items a list field without {@code first} is counted as
 * @param maxAliases most aliased fields in a document
 * @param maxFields most field selections in a document, fragments counted once
 * @param maxDocumentSize largest query document
 * @param transactionTimeout longest a database transaction of the API may run (the
 * database checks it every couple of seconds)
 * @param executionTimeout longest a request may run: once passed, no further field is
 * fetched
 * @param maxStringLength most characters of a String or ID argument or input field (list
 * items and nested input fields included), unless the schema gives it a larger limit with
 * {@code @maxLength(chars:)}; checked before anything runs against the database
 * @param maxBodySize largest POST body of {@code /graphql}: a larger one is refused with
 * HTTP 413 as soon as its Content-Length (or, for a chunked body, its bytes read so far)
 * passes the limit, never read whole; the default admits the largest {@code importReport}
 * text (1 MB of UTF-8) even with every character written as a six-byte JSON escape
 * @param maxVariablesSize largest {@code variables} object of a request, measured as
 * compact JSON in UTF-8 (so independent of how the client escaped it): a larger one is
 * refused with HTTP 413; the default admits the largest {@code importReport} text
 * @param bodyReadTimeout longest the server waits for a whole POST body, however the
 * client spreads its bytes: when it has passed the request gets HTTP 408 and the
 * connection is closed (each single read also waits at most this long, so a client that
 * sends nothing more is cut off after it)
 */
@ConfigurationProperties("policygraph.limits")
public record QueryLimits(@DefaultValue("12") int maxDepth, @DefaultValue("50000") int maxCost,
		@DefaultValue("3") int listWeight, @DefaultValue("30") int maxAliases, @DefaultValue("300") int maxFields,
		@DefaultValue("16KB") DataSize maxDocumentSize, @DefaultValue("10s") Duration transactionTimeout,
		@DefaultValue("15s") Duration executionTimeout, @DefaultValue("1000") int maxStringLength,
		@DefaultValue("4MB") DataSize maxBodySize, @DefaultValue("2MB") DataSize maxVariablesSize,
		@DefaultValue("10s") Duration bodyReadTimeout) {
}
