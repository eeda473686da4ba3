/**
 * The analyst API over HTTP against the seeded graph: every root field, asserted on facts
 * of the report.
 */
package io.policygraph.api;
