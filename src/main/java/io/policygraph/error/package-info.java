/**
 * The errors a client is told about by name: a wrong argument, a wrong input object, an
 * operation this caller may not run. Any area of the API throws them;
 * {@code web.GraphQlErrors} turns each into a GraphQL error with its classification and,
 * for arguments and fields, their names.
 */
package io.policygraph.error;
