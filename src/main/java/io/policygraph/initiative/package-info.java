/**
 * Report entries, the documents they announce and the reports themselves: the
 * {@code initiatives}, {@code policies} and {@code reports} queries and the fields of
 * those types.
 */
package io.policygraph.initiative;
