package io.policygraph.support;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * A real driver whose managed write transactions fail after a given number of statements,
 * as a process crash or a lost connection in the middle of a load would: what was sent is
 * rolled back.
 */
public final class CrashingDriver {

	private CrashingDriver() {
	}

	public static Driver failingAfter(Driver driver, int statements) {
		var sent = new AtomicInteger();
		return Proxies.wrap(Driver.class, (method, args) -> {
			Object result = Proxies.call(driver, method, args);
			if (!(result instanceof Session session)) {
				return result;
			}
			return Proxies.wrap(Session.class, (m, a) -> {
				if (m.getName().equals("executeWriteWithoutResult") && a[0] instanceof Consumer<?> work) {
					@SuppressWarnings("unchecked")
					Consumer<TransactionContext> consumer = (Consumer<TransactionContext>) work;
					Object[] wrapped = a.clone();
					wrapped[0] = (Consumer<TransactionContext>) tx -> consumer
						.accept(Proxies.wrap(TransactionContext.class, (txMethod, txArgs) -> {
							if (txMethod.getName().equals("run") && sent.incrementAndGet() > statements) {
								throw new IllegalStateException("simulated crash after " + statements + " statements");
							}
							return Proxies.call(tx, txMethod, txArgs);
						}));
					return Proxies.call(session, m, wrapped);
				}
				return Proxies.call(session, m, a);
			});
		});
	}

}
