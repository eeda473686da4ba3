/**
 * The curated graph-seed: its file format as records, how the files are read and validated, and
 * how they are written into the graph at start-up.
 */
package io.policygraph.seed;
