package io.policygraph.graph;

/**
 * A party that took part in a summit (the GraphQL type {@code Participant}).
 *
 * @param role SPEAKER, EXHIBITOR or PARTICIPANT
 * @param initiative the entry that says so; null when the summit's own text does
 */
public record Participant(String role, Entity entity, Initiative initiative) {
}
