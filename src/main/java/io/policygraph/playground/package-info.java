/**
 * The offline GraphQL playground at {@code /graphiql}: our own GraphiQL page, its browser
 * assets (built from the npm registry into the jar by Maven, never loaded from a CDN) and
 * the saved example queries it opens with, read from
 * {@code playground/examples/*.graphql}.
 */
package io.policygraph.playground;
