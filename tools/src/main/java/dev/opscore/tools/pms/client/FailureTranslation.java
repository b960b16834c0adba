package dev.opscore.tools.pms.client;

import feign.Feign;
import feign.InvocationHandlerFactory;
import feign.RetryableException;
import feign.Target;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The one place where whatever Feign throws becomes a {@link PmsFailure}: the error decoder's
 * failures pass unchanged, I/O errors (timeouts, refused or reset connections), which Feign wraps
 * as {@link RetryableException}, become transient, and anything else (a body that cannot be
 * encoded or decoded) is permanent. Callers of the clients see no other exception.
 */
final class FailureTranslation implements InvocationHandlerFactory {

    private final InvocationHandlerFactory feign = new InvocationHandlerFactory.Default();

    @Override
    public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
        InvocationHandler delegate = feign.create(target, dispatch);
        return (proxy, method, args) -> {
            try {
                return delegate.invoke(proxy, method, args);
            } catch (PmsFailure failure) {
                throw failure;
            } catch (RuntimeException failure) {
                throw translate(operation(target, method), failure);
            }
        };
    }

    static PmsFailure translate(String operation, RuntimeException failure) {
        if (failure instanceof RetryableException || causedByIo(failure)) {
            return new TransientPmsFailure(operation, describe(failure), failure);
        }
        return new PermanentPmsFailure(operation, describe(failure), failure);
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The root cause's type and message, e.g. {@code HttpConnectTimeoutException: HTTP connect timed out}. */
    private static String describe(RuntimeException failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root.getClass().getSimpleName();
        return root.getMessage() == null ? kind : kind + ": " + root.getMessage();
    }

    private static String operation(Target<?> target, Method method) {
        return Feign.configKey(target.type(), method);
    }
}
