/**
 * Synthetic data at scale: a generator that writes a graph-seed folder shaped like the
 * real monthly reports, N times over ({@code generate}), and a bulk loader that streams
 * such a folder, month by month, into an empty database ({@code bulk-load}).
 */
package io.policygraph.synthetic;
