package io.policygraph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * A real driver whose managed write transactions fail after a given number of statements, as a
 * process crash or a lost connection in the middle of a load would: what was sent is rolled back.
 */
public final class CrashingDriver {

	private CrashingDriver() {
	}

	public static Driver failingAfter(Driver driver, int statements) {
		var sent = new AtomicInteger();
		return wrap(Driver.class, driver, (method, args) -> {
			Object result = call(driver, method, args);
			if (!(result instanceof Session session)) {
				return result;
			}
			return wrap(Session.class, session, (m, a) -> {
				if (m.getName().equals("executeWriteWithoutResult") && a[0] instanceof Consumer<?> work) {
					@SuppressWarnings("unchecked")
					Consumer<TransactionContext> consumer = (Consumer<TransactionContext>) work;
					Object[] wrapped = a.clone();
					wrapped[0] = (Consumer<TransactionContext>) tx -> consumer.accept(wrap(TransactionContext.class, tx,
							(txMethod, txArgs) -> {
								if (txMethod.getName().equals("run") && sent.incrementAndGet() > statements) {
									throw new IllegalStateException("simulated crash after " + statements + " statements");
								}
								return call(tx, txMethod, txArgs);
							}));
					return call(session, m, wrapped);
				}
				return call(session, m, a);
			});
		});
	}

	private interface Handler {

		Object handle(Method method, Object[] args);

	}

	@SuppressWarnings("unchecked")
	private static <T> T wrap(Class<T> type, T target, Handler handler) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> handler.handle(method, args));
	}

	private static Object call(Object target, Method method, Object[] args) {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
