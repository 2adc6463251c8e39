package cn.gov.daxiang.perf.adapter.rest.request;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Labelled;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Path, query and header parameters of the domain's types: coded values by code or label, text-written values by
 * the domain's own parser. A refusal is a 400 naming the parameter ({@link ParameterRefusedException}), not the
 * 404 that JAX-RS prescribes for a query parameter that does not convert.
 */
@Provider
public class DomainParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        boolean path = Arrays.stream(annotations).anyMatch(PathParam.class::isInstance);
        Function<String, Object> plain = PlainParameters.reading(rawType, name);
        if (plain != null) {
            return new Converter<>(name, path, (Function<String, T>) (Function) plain);
        }
        if (rawType.isEnum()) {
            if (!rawType.getName().startsWith("cn.gov.daxiang.perf.domain.")) {
                return null;
            }
            Optional<Function<String, Object>> domainReading = DomainValues.parser(rawType);
            Function<String, Object> parse = domainReading.isPresent() ? domainReading.get()
                    : Labelled.class.isAssignableFrom(rawType) ? text -> Labelled.parse((Class) rawType, name, text)
                    : text -> byCode((Class) rawType, name, text);
            return new Converter<>(name, path, (Function<String, T>) (Function) parse);
        }
        Optional<Function<String, Object>> parser = DomainValues.parser(rawType);
        return parser.<ParamConverter<T>>map(p -> new Converter<>(name, path, (Function<String, T>) (Function) p)).orElse(null);
    }

    private static <E extends Enum<E>> E byCode(Class<E> type, String name, String text) {
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new InvalidValueException(name, "VALUE_NOT_ALLOWED",
                        Map.of("field", name, "value", t, "allowed", Labelled.allowed(type))));
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }

    private record Converter<T>(String name, boolean path, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                if (path) {   // a blank path segment names nothing: refused, never handed to the method as null
                    throw new ParameterRefusedException(new InvalidValueException(name, "REQUEST_FIELD_REQUIRED", Map.of("field", name)));
                }
                return null;   // an empty filter is no filter
            }
            try {
                return parse.apply(value);
            } catch (InvalidValueException refusal) {
                throw new ParameterRefusedException(refusal.forField(name));
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
    }
}
