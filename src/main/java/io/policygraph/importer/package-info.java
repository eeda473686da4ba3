/**
 * Report import: a monthly CAICT “互联网+” monitoring report, as text, becomes graph data.
 * {@link io.policygraph.importer.ReportParser} reads the text into records ({@code ParsedReport}
 * with its entries, summary groups and summits) without recognising any entity; the rest of the
 * package works on those records.
 */
package io.policygraph.importer;
