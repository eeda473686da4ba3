package io.policygraph.initiative;

import io.policygraph.graph.Entity;
import io.policygraph.graph.ActorRole;

/**
 * A party in an initiative and its role: the GraphQL type {@code Actor}.
 *
 * @param role the {@code role} of the ACTOR_IN relationship
 * @param entity the party
 */
record Actor(ActorRole role, Entity entity) {
}
