package io.policygraph.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link StartupException} into Spring Boot's short "APPLICATION FAILED TO START"
 * report.
 */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
