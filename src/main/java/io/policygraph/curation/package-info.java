/**
 * Curators' changes to the graph: entries created, corrected or deleted, aliases added;
 * each audited.
 */
package io.policygraph.curation;
