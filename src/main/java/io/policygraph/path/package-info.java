/**
 * Connections between two objects of the graph, ranked so that the ones report entries
 * evidence come first, each step with the entries that evidence it.
 */
package io.policygraph.path;
