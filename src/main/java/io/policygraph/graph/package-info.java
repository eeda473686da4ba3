/**
 * The graph's objects as the API serves them: one record per node label, each built from
 * a driver node by one factory method, and the lookups every area of the API shares (by
 * id, by name, along relationships in batches).
 */
package io.policygraph.graph;
