/**
 * The layout of the CAICT “互联网+” monitoring series: a report's text (UTF-8 or GB18030,
 * with the artifacts of its PDF origin) to
 * {@link io.policygraph.importer.format.ParsedReport} records: the head and monitoring
 * period, the summary's region lists, the dated entries of sections 一 to 三 with their row
 * headings and links, and the summits of section 四. Nothing here knows an entity; a text
 * that does not follow the layout is a
 * {@link io.policygraph.importer.format.ReportFormatException} naming its line.
 */
package io.policygraph.importer.format;
