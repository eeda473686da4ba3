package io.policygraph.web;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;

import graphql.ErrorClassification;

/**
 * An HTTP request to {@code /graphql} that is refused before anything is executed:
 * malformed (400), a mutation by GET (405), an Accept header the endpoint cannot meet
 * (406), a body that is not JSON (415), too large (413) or too slow to arrive (408). The
 * message says what is wrong and where, in words a client developer can act on; it never
 * quotes a Java class or a parser's internals.
 */
class BadHttpRequestException extends RuntimeException {

	private final HttpStatus status;

	private final ErrorClassification classification;

	private BadHttpRequestException(HttpStatus status, ErrorClassification classification, String message) {
		super(message, null, false, false);
		this.status = status;
		this.classification = classification;
	}

	/**
	 * A request whose body or URL parameters do not have the shape of a GraphQL request:
	 * 400, BAD_REQUEST.
	 */
	static BadHttpRequestException malformed(String message) {
		return new BadHttpRequestException(HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, message);
	}

	/**
	 * A well-formed request that this method cannot carry (a mutation by GET): 405,
	 * METHOD_NOT_ALLOWED.
	 */
	static BadHttpRequestException methodNotAllowed(String message) {
		return new BadHttpRequestException(HttpStatus.METHOD_NOT_ALLOWED, HttpClassification.METHOD_NOT_ALLOWED,
				message);
	}

	/**
	 * An Accept header that allows none of the media types served: 406, NOT_ACCEPTABLE.
	 */
	static BadHttpRequestException notAcceptable(String message) {
		return new BadHttpRequestException(HttpStatus.NOT_ACCEPTABLE, HttpClassification.NOT_ACCEPTABLE, message);
	}

	/**
	 * A body or its variables over their size limit: 413, CONTENT_TOO_LARGE; the
	 * connection is closed rather than the rest of the body read.
	 */
	static BadHttpRequestException tooLarge(String message) {
		return new BadHttpRequestException(HttpStatus.CONTENT_TOO_LARGE, HttpClassification.CONTENT_TOO_LARGE, message);
	}

	/**
	 * A body that did not arrive whole within its time limit: 408, REQUEST_TIMEOUT; the
	 * connection is closed.
	 */
	static BadHttpRequestException timeout(String message) {
		return new BadHttpRequestException(HttpStatus.REQUEST_TIMEOUT, HttpClassification.REQUEST_TIMEOUT, message);
	}

	/** A POST body in a media type other than JSON: 415, UNSUPPORTED_MEDIA_TYPE. */
	static BadHttpRequestException unsupportedMediaType(String message) {
		return new BadHttpRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpClassification.UNSUPPORTED_MEDIA_TYPE,
				message);
	}

	HttpStatus status() {
		return this.status;
	}

	ErrorClassification classification() {
		return this.classification;
	}

	/**
	 * Whether the connection must be closed after the answer: the body was not read to
	 * its end.
	 */
	boolean closesConnection() {
		return this.status == HttpStatus.CONTENT_TOO_LARGE || this.status == HttpStatus.REQUEST_TIMEOUT;
	}

	/**
	 * The classifications of refused requests that Spring's {@link ErrorType} has no name
	 * for.
	 */
	enum HttpClassification implements ErrorClassification {

		/**
		 * The HTTP method cannot carry this operation; the {@code Allow} header says
		 * which can.
		 */
		METHOD_NOT_ALLOWED,

		/** None of the media types the Accept header allows is served. */
		NOT_ACCEPTABLE,

		/** The request body is not in a media type the endpoint reads. */
		UNSUPPORTED_MEDIA_TYPE,

		/** The request body or its variables are larger than the limit. */
		CONTENT_TOO_LARGE,

		/** The request body did not arrive whole within the time limit. */
		REQUEST_TIMEOUT

	}

}
