package cn.gov.daxiang.perf.adapter.rest.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The document the packaged service serves, made from the one a @QuarkusTest serves: the test application also has
 * the test-only resources of src/test (paths with a {@code /test-only/} segment), which the packaged service has not.
 * Their path blocks and the schemas only they use are cut out of the served YAML text, so that everything else keeps
 * the served formatting line for line; the result is checked against the same cut made on the parsed tree.
 */
final class ServedDocument {

    static final YAMLMapper YAML = new YAMLMapper();
    private static final String SCHEMA_REF = "#/components/schemas/";

    private ServedDocument() {
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isTestOnly(String path) {
        return path.contains("/test-only/");
    }

    /** The served YAML without the test-only paths and the schemas nothing else uses. */
    static String withoutTestOnly(String servedYaml) {
        ObjectNode tree = (ObjectNode) parse(servedYaml);
        ObjectNode paths = (ObjectNode) tree.get("paths");
        JsonNode schemas = tree.path("components").path("schemas");
        List<String> testPaths = new ArrayList<>();
        paths.fieldNames().forEachRemaining(p -> {
            if (isTestOnly(p)) {
                testPaths.add(p);
            }
        });
        if (testPaths.isEmpty()) {
            return servedYaml;
        }
        Set<String> usedByTests = new HashSet<>();
        testPaths.forEach(p -> usedByTests.addAll(reachableSchemas(paths.get(p), schemas)));
        testPaths.forEach(paths::remove);
        ObjectNode withoutSchemas = tree.deepCopy();
        if (withoutSchemas.get("components") instanceof ObjectNode components) {
            components.remove("schemas");
        }
        usedByTests.removeAll(reachableSchemas(withoutSchemas, schemas));
        if (schemas instanceof ObjectNode s) {
            usedByTests.forEach(s::remove);
        }

        String cut = cutBlocks(servedYaml, testPaths, usedByTests);
        if (!parse(cut).equals(tree)) {
            throw new IllegalStateException("cutting the test-only paths out of the served YAML text changed more than "
                    + "them; the served document's layout is not the one ServedDocument expects");
        }
        return cut;
    }

    /** Removes the blocks {@code "  <path>:"} under paths and {@code "    <schema>:"} under components.schemas. */
    private static String cutBlocks(String yaml, List<String> paths, Set<String> schemas) {
        List<String> out = new ArrayList<>();
        String section = "";
        String subsection = "";
        int skipDeeperThan = -1;
        for (String line : yaml.split("\n", -1)) {
            int indent = line.length() - line.stripLeading().length();
            boolean content = !line.isBlank();
            if (skipDeeperThan >= 0) {
                if (!content || indent > skipDeeperThan) {
                    continue;
                }
                skipDeeperThan = -1;
            }
            if (content && indent == 0) {
                section = line;
            } else if (content && indent == 2) {
                subsection = line.strip();
            }
            String key = line.strip();
            if (section.equals("paths:") && indent == 2 && paths.stream().anyMatch(p -> key.equals(p + ":") || key.equals("\"" + p + "\":"))) {
                skipDeeperThan = 2;
                continue;
            }
            if (section.equals("components:") && subsection.equals("schemas:") && indent == 4
                    && schemas.stream().anyMatch(s -> key.equals(s + ":") || key.equals("\"" + s + "\":"))) {
                skipDeeperThan = 4;
                continue;
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /** The schema names {@code node} refers to, directly or through other schemas. */
    private static Set<String> reachableSchemas(JsonNode node, JsonNode schemas) {
        Set<String> found = new HashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(node));
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isObject() && n.get("$ref") != null && n.get("$ref").asText().startsWith(SCHEMA_REF)) {
                String name = n.get("$ref").asText().substring(SCHEMA_REF.length());
                if (found.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            n.elements().forEachRemaining(todo::push);
        }
        return found;
    }
}
