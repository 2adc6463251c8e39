package cn.gov.daxiang.perf.adapter.rest.error;

import cn.gov.daxiang.perf.adapter.rest.request.BodyProblems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a Bean Validation constraint violation into one of our refusals: the field as a path into the request
 * ({@code content.indicators[2].targetValue}, or a parameter's name) and a stable code with its arguments. A
 * constraint may name its code in its message ({@code message = "UNIT_CODE_MALFORMED"}); the standard ones map
 * to the codes below.
 */
final class RequestViolations {

    /** The body parameter of a resource method is named so; its violations are paths into the body. */
    static final String BODY = "body";

    private RequestViolations() {
    }

    static BodyProblems.Problem of(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("field", field);
        String template = violation.getConstraintDescriptor().getMessageTemplate();
        if (template != null && template.matches("[A-Z][A-Z0-9_]+")) {
            violation.getConstraintDescriptor().getAttributes().forEach((k, v) -> {
                if (!Map.of("message", 0, "groups", 0, "payload", 0).containsKey(k)) {
                    arguments.put(k, v);
                }
            });
            arguments.put("value", String.valueOf(violation.getInvalidValue()));
            return new BodyProblems.Problem(field, template, arguments);
        }
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return new BodyProblems.Problem(field, "REQUEST_FIELD_REQUIRED", arguments);
        }
        arguments.put("value", String.valueOf(violation.getInvalidValue()));
        if (constraint instanceof Size size) {
            arguments.put("min", size.min());
            arguments.put("max", size.max());
            return new BodyProblems.Problem(field, "VALUE_SIZE_OUT_OF_RANGE", arguments);
        }
        if (constraint instanceof Min || constraint instanceof Max || constraint instanceof DecimalMin || constraint instanceof DecimalMax
                || constraint instanceof Positive || constraint instanceof PositiveOrZero) {
            arguments.put("min", bound(violation, "min", constraint));
            arguments.put("max", bound(violation, "max", constraint));
            return new BodyProblems.Problem(field, "VALUE_OUT_OF_RANGE", arguments);
        }
        if (constraint instanceof Pattern pattern) {
            arguments.put("expected", pattern.regexp());
            return new BodyProblems.Problem(field, "VALUE_MALFORMED", arguments);
        }
        arguments.put("constraint", constraint.annotationType().getSimpleName());
        return new BodyProblems.Problem(field, "VALUE_NOT_ACCEPTED", arguments);
    }

    private static Object bound(ConstraintViolation<?> violation, String which, Annotation constraint) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (constraint instanceof Min min) {
            return which.equals("min") ? min.value() : "∞";
        }
        if (constraint instanceof Max max) {
            return which.equals("max") ? max.value() : "-∞";
        }
        if (constraint instanceof Positive || constraint instanceof PositiveOrZero) {
            return which.equals("min") ? (constraint instanceof Positive ? "> 0" : 0) : "∞";
        }
        Object v = attributes.get("value");
        if (constraint instanceof DecimalMin) {
            return which.equals("min") ? v : "∞";
        }
        return which.equals("max") ? v : "-∞";
    }

    /**
     * The path a client knows: method and body-parameter nodes left out, element indexes in brackets. A violation of
     * a parameter itself keeps the parameter's name (resource methods name their parameters like the query).
     */
    static String field(Path path) {
        StringBuilder out = new StringBuilder();
        boolean parameterSeen = false;
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameterSeen = true;
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (out.isEmpty()) {
            return parameterSeen && parameter != null ? parameter : BODY;
        }
        String field = out.toString();
        return field.startsWith("[") && parameterSeen && !BODY.equals(parameter) ? parameter + field : field;
    }
}
