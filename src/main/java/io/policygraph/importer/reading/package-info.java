/**
 * Reading entries: which bodies and places an entry names (known ones from the seed, new
 * ones by the shape of their names and the national administrative divisions), and, by
 * named rules in priority order, which role each body plays, where the entry happened and
 * which sectors it concerns. Every role and place carries the name of the rule that gave
 * it.
 */
package io.policygraph.importer.reading;
