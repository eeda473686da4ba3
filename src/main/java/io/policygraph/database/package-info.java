/**
 * The database: the embedded Neo4j and its lifecycle, the connection the driver uses, the
 * constraints and indexes, and how database failures are explained to operators and
 * clients.
 */
package io.policygraph.database;
