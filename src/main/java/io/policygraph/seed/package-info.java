/**
 * The curated graph-seed and the imported months beside it: the file format as records,
 * how both folders are read as one seed of layers and validated, and how it is written
 * into the graph at start-up, each layer swept only by a load that holds it.
 */
package io.policygraph.seed;
