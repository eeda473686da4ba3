/** The {@code stats} query: what the graph holds, counted in the database. */
package io.policygraph.stats;
