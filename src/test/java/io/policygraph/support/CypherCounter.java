package io.policygraph.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements the application sends to the real database: its driver is
 * wrapped so that every {@code run} inside a managed transaction, and every execution of
 * an {@code executableQuery}, is counted on its way through. The statements run with
 * {@code executableQuery} (all the API's reads) are also recorded with their parameters,
 * so that a test can ask the database how it plans them.
 */
public final class CypherCounter implements BeanPostProcessor {

	private static final AtomicInteger STATEMENTS = new AtomicInteger();

	private static final List<Statement> EXECUTED = new CopyOnWriteArrayList<>();

	public static void reset() {
		STATEMENTS.set(0);
		EXECUTED.clear();
	}

	public static int statements() {
		return STATEMENTS.get();
	}

	/** The reads run with {@code executableQuery} since the last {@link #reset()}. */
	public static List<Statement> executed() {
		return List.copyOf(EXECUTED);
	}

	/**
	 * A statement as the application ran it.
	 *
	 * @param text the Cypher text
	 * @param parameters its parameters
	 */
	public record Statement(String text, Map<String, Object> parameters) {
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return Proxies.wrap(Driver.class, (method, args) -> {
				Object result = Proxies.call(driver, method, args);
				if (result instanceof ExecutableQuery query) {
					return counting(query, (String) args[0], Map.of());
				}
				return result instanceof Session session
						? Proxies.wrap(Session.class, (m, a) -> Proxies.call(session, m, countingCallbacks(a)))
						: result;
			});
		}
		return bean;
	}

	@SuppressWarnings("unchecked")
	private static Object[] countingCallbacks(Object[] args) {
		if (args == null) {
			return null;
		}
		Object[] wrapped = args.clone();
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof TransactionCallback<?> callback) {
				wrapped[i] = (TransactionCallback<Object>) tx -> callback.execute(counting(tx));
			}
			else if (args[i] instanceof Consumer<?> consumer) {
				wrapped[i] = (Consumer<TransactionContext>) tx -> ((Consumer<TransactionContext>) consumer)
					.accept(counting(tx));
			}
		}
		return wrapped;
	}

	/**
	 * A statement run with {@code driver.executableQuery(...)} counts when it is
	 * executed.
	 */
	@SuppressWarnings("unchecked")
	private static ExecutableQuery counting(ExecutableQuery query, String text, Map<String, Object> parameters) {
		return Proxies.wrap(ExecutableQuery.class, (method, args) -> {
			if (method.getName().equals("execute")) {
				STATEMENTS.incrementAndGet();
				EXECUTED.add(new Statement(text, parameters));
				return Proxies.call(query, method, args);
			}
			Object result = Proxies.call(query, method, args);
			Map<String, Object> given = method.getName().equals("withParameters") && args[0] instanceof Map<?, ?> map
					? (Map<String, Object>) map : parameters;
			return result instanceof ExecutableQuery next ? counting(next, text, given) : result;
		});
	}

	private static TransactionContext counting(TransactionContext tx) {
		return Proxies.wrap(TransactionContext.class, (method, args) -> {
			if (method.getName().equals("run")) {
				STATEMENTS.incrementAndGet();
			}
			return Proxies.call(tx, method, args);
		});
	}

}
