package io.policygraph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Interface proxies for wrapping the real driver in tests: a handler sees each call and
 * passes it on.
 */
final class Proxies {

	private Proxies() {
	}

	interface Handler {

		Object handle(Method method, Object[] args);

	}

	@SuppressWarnings("unchecked")
	static <T> T wrap(Class<T> type, Handler handler) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> handler.handle(method, args));
	}

	/** Calls the real object, rethrowing what it threw as it was. */
	static Object call(Object target, Method method, Object[] args) {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
