package io.policygraph.search;

import io.policygraph.graph.GraphObject;

/**
 * A search result: the object, how well it matched, and the part of its name or text that
 * did.
 */
public record SearchHit(double score, GraphObject node, String snippet) {
}
