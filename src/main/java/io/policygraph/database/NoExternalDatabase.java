package io.policygraph.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no {@code spring.neo4j.uri} names an external database. */
class NoExternalDatabase implements Condition {

	static final String URI_PROPERTY = "spring.neo4j.uri";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
	}

}
