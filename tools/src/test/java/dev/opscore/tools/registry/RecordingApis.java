package dev.opscore.tools.registry;

import dev.opscore.tools.fixtures.RecordFixtures;
import dev.opscore.tools.pms.PmsApis;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link PmsApis} whose every method records its call and answers a fixture of its return type. */
final class RecordingApis {

    record Call(Class<?> api, Method method, List<Object> args) {
    }

    private final List<Call> calls = new ArrayList<>();
    private RuntimeException failure;

    PmsApis apis() {
        Object[] components = Arrays.stream(PmsApis.class.getRecordComponents())
                .map(component -> proxy(component.getType())).toArray();
        try {
            return (PmsApis) PmsApis.class.getDeclaredConstructors()[0].newInstance(components);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    void clear() {
        calls.clear();
    }

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    private Object proxy(Class<?> api) {
        return Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? api.getSimpleName() : null;
            }
            calls.add(new Call(api, method, args == null ? List.of() : Arrays.asList(args)));
            if (failure != null) {
                throw failure;
            }
            return RecordFixtures.value("answer", method.getGenericReturnType());
        });
    }
}
