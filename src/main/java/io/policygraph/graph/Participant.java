package io.policygraph.graph;

/**
 * A party that took part in a summit (the GraphQL type {@code Participant}).
 *
 * @param role how it took part
 * @param initiative the entry that says so; null when the summit's own text does
 */
public record Participant(ParticipantRole role, Entity entity, Initiative initiative) {
}
