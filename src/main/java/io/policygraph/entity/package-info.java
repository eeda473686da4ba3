/**
 * Ministries, regions, companies, organizations, sectors and summits: the {@code node},
 * {@code entity}, {@code regions}, {@code companies}, {@code sectors} and {@code events}
 * queries and the relationship fields of those types.
 */
package io.policygraph.entity;
