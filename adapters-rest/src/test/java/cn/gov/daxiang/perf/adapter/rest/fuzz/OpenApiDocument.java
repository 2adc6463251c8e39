package cn.gov.daxiang.perf.adapter.rest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The operations of the service's own OpenAPI document (method, path template, parameters, request body schema),
 * and request bodies of a schema's shape for the fuzzer to mutate.
 */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A parameter: {@code in} is path, query, header or cookie. */
    record Parameter(String in, String name, JsonNode schema) {
    }

    /** One operation; {@code mediaType} and {@code bodySchema} are null when it takes no body. */
    record Operation(String method, String path, List<Parameter> parameters, String mediaType, JsonNode bodySchema) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasHeader(String name) {
            return in("header").stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
        }
    }

    private final JsonNode root;

    OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                shared.forEach(p -> parameters.put(p.in() + ":" + p.name(), p));
                parameters(op.getValue().path("parameters")).forEach(p -> parameters.put(p.in() + ":" + p.name(), p));
                JsonNode content = op.getValue().path("requestBody").path("content");
                String mediaType = null;
                JsonNode schema = null;
                if (content.isObject() && content.size() > 0) {
                    mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
                    schema = content.path(mediaType).path("schema");
                }
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters.values()),
                        mediaType, schema));
            }
        }
        return operations;
    }

    private List<Parameter> parameters(JsonNode list) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode resolved = resolve(p);
            parameters.add(new Parameter(resolved.path("in").asText(), resolved.path("name").asText(), resolve(resolved.path("schema"))));
        }
        return parameters;
    }

    /** The schema a {@code $ref} names (components only), followed until it names no other. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            String[] parts = ref.replaceFirst("^#/", "").split("/");
            JsonNode target = root;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /**
     * A value of the schema's shape. {@code hint} may supply a value for a property by name (a real unit code, an
     * enum-like code the schema does not list); otherwise strings, numbers and booleans are plausible placeholders.
     */
    JsonNode example(JsonNode schema, String name, Random random, BiFunction<String, String, JsonNode> hint, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("allOf") && s.get("allOf").size() > 0) {
            return example(s.get("allOf").get(0), name, random, hint, depth);
        }
        if (s.has("oneOf") && s.get("oneOf").size() > 0) {
            return example(s.get("oneOf").get(random.nextInt(s.get("oneOf").size())), name, random, hint, depth);
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "string");
        JsonNode hinted = name == null ? null : hint.apply(name, type);
        if (hinted != null) {
            return hinted;
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), example(property.getValue(), property.getKey(), random, hint, depth + 1));
                }
                if (s.path("additionalProperties").isObject()) {
                    String[] keys = {"OUTPUT", "BENEFIT", "SATISFACTION"};
                    for (String key : keys) {
                        object.set(key, example(s.get("additionalProperties"), key, random, hint, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int n = 1 + random.nextInt(2);
                for (int i = 0; i < n; i++) {
                    array.add(example(s.path("items"), name, random, hint, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(1 + random.nextInt(12));
            }
            case "number" -> {
                return NODES.numberNode(new java.math.BigDecimal(random.nextInt(100)));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                if (s.has("enum") && s.get("enum").size() > 0) {
                    return s.get("enum").get(random.nextInt(s.get("enum").size()));
                }
                return switch (s.path("format").asText("")) {
                    case "date" -> NODES.textNode("2024-10-20");
                    case "date-time" -> NODES.textNode("2024-10-20T08:00:00Z");
                    case "uuid" -> NODES.textNode(new java.util.UUID(random.nextLong(), random.nextLong()).toString());
                    case "binary" -> NODES.textNode("");
                    default -> NODES.textNode("文本" + random.nextInt(1000));
                };
            }
        }
    }
}
