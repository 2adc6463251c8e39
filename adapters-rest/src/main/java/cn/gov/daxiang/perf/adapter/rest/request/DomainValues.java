package cn.gov.daxiang.perf.adapter.rest.request;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The domain's value types that are written as text (a unit code, a fiscal year, an id, an amount): each has a public
 * static {@code of(String)} or {@code parse(String)} that refuses what it cannot accept with the domain's own reason.
 * Request bodies and parameters take these types directly, so the rule stays in the domain and is never restated.
 */
final class DomainValues {

    private static final String DOMAIN_PACKAGE = "cn.gov.daxiang.perf.domain.";
    private static final Map<Class<?>, Optional<Function<String, Object>>> PARSERS = new ConcurrentHashMap<>();

    private DomainValues() {
    }

    /**
     * The parser of {@code type} when it is a domain value written as text. Coded values (enums) have one when the
     * domain accepts more than code and label (a comparator as {@code >=}, say).
     */
    static Optional<Function<String, Object>> parser(Class<?> type) {
        if (type.isInterface() || !type.getName().startsWith(DOMAIN_PACKAGE)) {
            return Optional.empty();
        }
        return PARSERS.computeIfAbsent(type, DomainValues::find);
    }

    private static Optional<Function<String, Object>> find(Class<?> type) {
        for (String name : new String[] {"parse", "of"}) {
            try {
                Method m = type.getMethod(name, String.class);
                if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                    return Optional.of(text -> invoke(m, text));
                }
            } catch (NoSuchMethodException absent) {
                // try the next name
            }
        }
        return Optional.empty();
    }

    private static Object invoke(Method m, String text) {
        try {
            return m.invoke(null, text);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
