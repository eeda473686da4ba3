package io.policygraph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements the application sends to the real database: its driver is wrapped
 * so that every {@code run} inside a managed transaction is counted on its way through.
 */
public final class CypherCounter implements BeanPostProcessor {

	private static final AtomicInteger STATEMENTS = new AtomicInteger();

	public static void reset() {
		STATEMENTS.set(0);
	}

	public static int statements() {
		return STATEMENTS.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(Driver.class, (method, args) -> {
				Object result = call(driver, method, args);
				return result instanceof Session session
						? wrap(Session.class, (m, a) -> call(session, m, countingCallbacks(a))) : result;
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

	private static TransactionContext counting(TransactionContext tx) {
		return wrap(TransactionContext.class, (method, args) -> {
			if (method.getName().equals("run")) {
				STATEMENTS.incrementAndGet();
			}
			return call(tx, method, args);
		});
	}

	private interface Handler {

		Object handle(Method method, Object[] args);

	}

	@SuppressWarnings("unchecked")
	private static <T> T wrap(Class<T> type, Handler handler) {
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
