/**
 * Readings to a graph-seed: candidates for the bodies and places the seed lacks (with
 * their kind and hierarchy), duplicates, data-quality notes, and the YAML files a curator
 * reviews, validated as a whole before anything is written.
 */
package io.policygraph.importer.seeding;
