package io.policygraph.entity;

import io.policygraph.graph.Entity;
import io.policygraph.graph.OrganizerRole;

/**
 * A party that organized a summit, and how: the GraphQL type {@code Organizer}.
 *
 * @param role host or co-organizer, from the {@code role} of the ORGANIZED relationship
 * @param entity the organizer
 */
record Organizer(OrganizerRole role, Entity entity) {
}
