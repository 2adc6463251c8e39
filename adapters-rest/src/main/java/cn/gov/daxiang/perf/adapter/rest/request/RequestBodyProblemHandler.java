package cn.gov.daxiang.perf.adapter.rest.request;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Labelled;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps reading a request body past its faults, noting each in the read's {@link BodyProblems}: an unknown field
 * (a template sent with {@code comparator} where the field is {@code typicalComparator} would otherwise be dropped
 * in silence), a value of the wrong type, a code no enum has. Coded values are also accepted by their Chinese label.
 * Outside a request body read it handles labels only and leaves every fault to Jackson.
 */
final class RequestBodyProblemHandler extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        Optional<BodyProblems> problems = BodyProblems.current();
        if (problems.isEmpty()) {
            return false;
        }
        problems.get().add(BodyProblems.path(p), "REQUEST_FIELD_UNKNOWN", Map.of("field", BodyProblems.path(p)));
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) throws IOException {
        Optional<BodyProblems> problems = BodyProblems.current();
        String field = BodyProblems.path(ctxt.getParser());
        if (targetType.isEnum()) {
            try {
                Optional<Object> coded = codedValue(targetType, field, valueToConvert);
                if (coded.isPresent()) {
                    return coded.get();
                }
            } catch (InvalidValueException refusal) {
                if (problems.isEmpty()) {
                    throw refusal;
                }
                InvalidValueException named = refusal.forField(field);
                Map<String, Object> arguments = new HashMap<>(named.arguments());
                arguments.putIfAbsent("field", field);
                problems.get().add(field, named.code(), arguments);
                return null;
            }
        }
        if (problems.isEmpty()) {
            return NOT_HANDLED;
        }
        if (targetType.isEnum()) {
            problems.get().add(field, "VALUE_NOT_ALLOWED", Map.of("field", field, "value", valueToConvert, "allowed",
                    Arrays.stream(targetType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
        } else {
            problems.get().add(field, "VALUE_MALFORMED", Map.of("field", field, "expected", expected(targetType)));
        }
        return null;
    }

    /**
     * A coded value by the domain's own reading when it has one (it may accept more than code and label, and refuses
     * with its own reason), else by code or label.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Object> codedValue(Class<?> type, String field, String text) {
        Optional<java.util.function.Function<String, Object>> parser = DomainValues.parser(type);
        if (parser.isPresent()) {
            return Optional.of(parser.get().apply(text));
        }
        if (Labelled.class.isAssignableFrom(type)) {
            return (Optional) Labelled.find((Class) type, text);
        }
        return Optional.empty();
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        Optional<BodyProblems> problems = BodyProblems.current();
        if (problems.isEmpty()) {
            return NOT_HANDLED;
        }
        String field = BodyProblems.path(ctxt.getParser());
        if (targetType.isEnum()) {
            problems.get().add(field, "VALUE_NOT_ALLOWED", Map.of("field", field, "value", String.valueOf(valueToConvert), "allowed",
                    Arrays.stream(targetType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
        } else {
            problems.get().add(field, "VALUE_MALFORMED", Map.of("field", field, "expected", expected(targetType)));
        }
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) throws IOException {
        Optional<BodyProblems> problems = BodyProblems.current();
        if (problems.isEmpty() || targetType.isPrimitive()) {
            return NOT_HANDLED;
        }
        String field = BodyProblems.path(p);
        problems.get().add(field, "VALUE_MALFORMED", Map.of("field", field, "expected", expected(targetType.getRawClass())));
        p.skipChildren();
        return null;
    }

    /** A word for the kind of value a field takes, as messages show it. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "code";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return Integer.class == type || Long.class == type || int.class == type || long.class == type ? "integer" : "number";
        }
        if (Boolean.class == type || boolean.class == type) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (java.time.LocalDate.class == type) {
            return "date (YYYY-MM-DD)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date-time (ISO 8601)";
        }
        return type.isRecord() || type.getPackageName().startsWith("java.util") ? "object" : "text";
    }
}
