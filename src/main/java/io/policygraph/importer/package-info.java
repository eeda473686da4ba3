/**
 * Report import: a monthly CAICT “互联网+” monitoring report, as text, becomes graph-seed
 * files and graph data. The flow shows in the sub-packages:
 * <ol>
 * <li>{@code format}: report text to parsed records (sections, table rows, links,
 * summits); knows no entity.</li>
 * <li>{@code reading}: records to readings (names, places, roles, sectors), by named
 * rules over the vocabulary in {@code graph-seed/vocabulary.yaml}.</li>
 * <li>{@code seeding}: readings to a seed (candidates, duplicates, notes, files),
 * validated as a whole.</li>
 * </ol>
 * This package holds the one import service
 * ({@link io.policygraph.importer.ImportService}: a month into the imports folder, then
 * optionally loaded) and its thin adapters: the {@code import} command and the
 * {@code importReport} mutation.
 */
package io.policygraph.importer;
