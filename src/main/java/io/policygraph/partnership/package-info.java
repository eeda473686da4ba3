/**
 * Which firms worked with which provinces, in what, when, and on what evidence: the
 * {@code partnerships} query.
 */
package io.policygraph.partnership;
