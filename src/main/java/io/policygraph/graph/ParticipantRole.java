package io.policygraph.graph;

/**
 * How a party took part in a summit: spoke (演讲, 发言), exhibited (参展, 亮相…博览会), or
 * otherwise.
 */
public enum ParticipantRole {

	SPEAKER, EXHIBITOR, PARTICIPANT

}
