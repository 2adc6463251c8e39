package cn.gov.daxiang.perf.adapter.rest.openapi;

import cn.gov.daxiang.perf.adapter.rest.error.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract rules of issue 14, checked on the OpenAPI document the service serves (what a client generator reads):
 * one test per rule, each listing every operation that breaks it. The served document is also written to
 * target/openapi.json for the tools that lint it and generate clients from it.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> CHANGES = Set.of("post", "put", "patch", "delete");
    private static final Set<String> INTEGER_QUERY_PARAMETERS = Set.of("page", "size", "fiscalYear", "year", "budgetYear", "workYear");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static JsonNode document;

    /** One operation of the document, its parameters (path-level ones included) resolved. */
    record Operation(String method, String path, JsonNode node, List<JsonNode> parameters) {

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        List<JsonNode> parameters(String in) {
            return parameters.stream().filter(p -> in.equals(p.path("in").asText())).toList();
        }

        boolean hasHeader(String name) {
            return parameters("header").stream().anyMatch(p -> name.equalsIgnoreCase(p.path("name").asText()));
        }

        boolean takesBody() {
            return node.has("requestBody");
        }
    }

    private static synchronized JsonNode document() {
        if (document == null) {
            String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            try {
                Files.writeString(Path.of("target", "openapi.json"), json);
                document = new ObjectMapper().readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            JsonNode target = document();
            for (String part : current.get("$ref").asText().replaceFirst("^#/", "").split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue; // test-only resources of the test build are no part of the product's contract
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Map<String, JsonNode> parameters = new LinkedHashMap<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), op.getValue().path("parameters"))) {
                    for (JsonNode p : list) {
                        JsonNode resolved = resolve(p);
                        parameters.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
                    }
                }
                operations.add(new Operation(op.getKey(), path.getKey(), op.getValue(), List.copyOf(parameters.values())));
            }
        }
        assertThat(operations).as("operations in the document").isNotEmpty();
        return operations;
    }

    /** Runs the check on every operation and fails naming each operation it reports, with what it reports. */
    private static void everyOperation(String rule, BiConsumer<Operation, List<String>> check) {
        Map<String, List<String>> broken = new TreeMap<>();
        for (Operation operation : operations()) {
            List<String> problems = new ArrayList<>();
            check.accept(operation, problems);
            if (!problems.isEmpty()) {
                broken.put(operation.toString(), problems);
            }
        }
        assertThat(broken).as(rule + ": " + broken.size() + " operations break it:\n" + broken.entrySet().stream()
                .map(e -> "  " + e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static boolean typeIs(JsonNode schema, String type) {
        JsonNode t = resolve(schema).path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void theDocumentIsOpenApi31() {
        assertThat(document().path("openapi").asText()).startsWith("3.1.");
    }

    @Test
    void theDocumentNamesItsTitleVersionDescriptionContactLicenseAndServer() {
        JsonNode info = document().path("info");
        assertThat(info.path("title").asText()).isNotBlank();
        assertThat(info.path("version").asText()).isNotBlank();
        assertThat(info.path("description").asText()).isNotBlank();
        assertThat(info.path("contact").path("name").asText()).isNotBlank();
        assertThat(info.path("license").path("name").asText()).isNotBlank();
        assertThat(document().path("servers")).as("servers").isNotEmpty();
        document().path("servers").forEach(server -> assertThat(server.path("url").asText()).doesNotStartWith("http:"));
    }

    @Test
    void everyOperationHasAnOperationIdAndTheyAreUnique() {
        Map<String, List<String>> byId = new TreeMap<>();
        everyOperation("every operation has an operationId", (op, problems) -> {
            String id = op.node().path("operationId").asText("");
            if (id.isBlank()) {
                problems.add("no operationId");
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(op.toString());
            }
        });
        assertThat(byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).as("operationIds used more than once").isEmpty();
    }

    @Test
    void everyOperationHasATag() {
        everyOperation("every operation has at least one tag", (op, problems) -> {
            if (op.node().path("tags").isEmpty()) {
                problems.add("no tag");
            }
        });
    }

    @Test
    void noComponentSchemaNameEndsInADigit() {
        List<String> names = new ArrayList<>();
        document().path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        assertThat(names).as("component schemas").isNotEmpty();
        assertThat(names.stream().filter(n -> Character.isDigit(n.charAt(n.length() - 1))).toList())
                .as("generated names that collided (EntriesRequest1, ...)").isEmpty();
    }

    @Test
    void pagingAndYearQueryParametersAreIntegers() {
        everyOperation("page, size and year query parameters are integers", (op, problems) -> {
            for (JsonNode p : op.parameters("query")) {
                String name = p.path("name").asText();
                if (INTEGER_QUERY_PARAMETERS.contains(name) && !typeIs(p.path("schema"), "integer")) {
                    problems.add(name + " is " + resolve(p.path("schema")));
                }
            }
        });
    }

    @Test
    void everyIfMatchHeaderIsRequired() {
        everyOperation("If-Match is required wherever it is taken (the service answers 428 without it)", (op, problems) -> {
            for (JsonNode p : op.parameters("header")) {
                if ("If-Match".equalsIgnoreCase(p.path("name").asText()) && !p.path("required").asBoolean(false)) {
                    problems.add("If-Match not required");
                }
            }
        });
    }

    @Test
    void everyOperationListsTheProblemAnswersItCanGive() {
        everyOperation("every operation documents its problem+json answers", (op, problems) -> {
            List<String> statuses = new ArrayList<>(List.of("400", "401", "403", "429", "500"));
            if (op.path().contains("{")) {
                statuses.add("404");
            }
            if (op.hasHeader("If-Match")) {
                statuses.addAll(List.of("409", "412", "428"));
            }
            if (op.takesBody()) {
                statuses.addAll(List.of("413", "415"));
            }
            if (CHANGES.contains(op.method())) {
                statuses.add("422");
            }
            for (String status : statuses) {
                JsonNode response = op.node().path("responses").path(status);
                if (response.isMissingNode()) {
                    problems.add(status + " missing");
                    continue;
                }
                JsonNode schema = resolve(response).path("content").path(Problem.MEDIA_TYPE).path("schema");
                if (!PROBLEM_REF.equals(schema.path("$ref").asText())) {
                    problems.add(status + " is not application/problem+json with the Problem schema");
                }
            }
        });
    }

    @Test
    void everyTooManyRequestsAnswerSaysWhenToRetry() {
        everyOperation("429 carries Retry-After", (op, problems) -> {
            JsonNode response = resolve(op.node().path("responses").path("429"));
            if (!response.isMissingNode() && !response.path("headers").has("Retry-After")) {
                problems.add("429 without Retry-After");
            }
        });
    }

    @Test
    void everySuccessAndClientErrorAnswerCarriesTheRateLimitHeaders() {
        everyOperation("2xx and 4xx answers carry RateLimit and RateLimit-Policy", (op, problems) ->
                op.node().path("responses").fields().forEachRemaining(r -> {
                    if (r.getKey().startsWith("2") || r.getKey().startsWith("4")) {
                        JsonNode headers = resolve(r.getValue()).path("headers");
                        if (!headers.has("RateLimit") || !headers.has("RateLimit-Policy")) {
                            problems.add(r.getKey() + " without rate-limit headers");
                        }
                    }
                }));
    }

    @Test
    void everyCreateThatTakesAnIdempotencyKeyDocuments201WithLocation() {
        everyOperation("creates with Idempotency-Key answer 201 with Location", (op, problems) -> {
            // A create of a new object on its collection; a POST under an object (targets of a campaign, a funds
            // decision of a report, an adjustment of a goal, templates of a unit's system) answers that object with 200,
            // and an import creates many goals, so there is no one Location to name.
            if (!op.hasHeader("Idempotency-Key") || op.path().contains("{") || op.path().endsWith("/imports")) {
                return;
            }
            JsonNode created = op.node().path("responses").path("201");
            if (created.isMissingNode()) {
                problems.add("no 201");
            } else if (!resolve(created).path("headers").has("Location")) {
                problems.add("201 without Location");
            }
        });
    }

    @Test
    void everySuccessfulReadDocumentsItsSchemaOrItsSpreadsheetType() {
        everyOperation("2xx answers of a GET have a schema (.xlsx downloads: their media type)", (op, problems) -> {
            if (!op.method().equals("get")) {
                return;
            }
            op.node().path("responses").fields().forEachRemaining(r -> {
                if (!r.getKey().startsWith("2")) {
                    return;
                }
                JsonNode content = resolve(r.getValue()).path("content");
                if (op.path().endsWith(".xlsx")) {
                    if (!content.has(XLSX)) {
                        problems.add(r.getKey() + " does not declare " + XLSX + " (declares " + fieldNames(content) + ")");
                    }
                    return;
                }
                if (content.isEmpty()) {
                    problems.add(r.getKey() + " has no content");
                }
                content.fields().forEachRemaining(media -> {
                    if (resolve(media.getValue().path("schema")).isEmpty()) {
                        problems.add(r.getKey() + " " + media.getKey() + " has an empty schema");
                    }
                });
            });
        });
    }

    @Test
    void theProblemSchemaDescribesExactlyWhatAProblemSerialises() {
        JsonNode schema = document().path("components").path("schemas").path("Problem");
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).isEqualTo(Arrays.stream(Problem.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new)));
        JsonNode violation = resolve(schema.path("properties").path("violations").path("items"));
        Set<String> violationProperties = new TreeSet<>();
        violation.path("properties").fieldNames().forEachRemaining(violationProperties::add);
        assertThat(violationProperties).isEqualTo(Arrays.stream(Problem.Violation.class.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(schema.path("required")).extracting(JsonNode::asText).contains("type", "title", "status", "code");
    }

    @Test
    void anAnswerTheServiceSendsMatchesTheProblemSchemasRequiredMembers() {
        JsonNode body = given().get("/api/v1/indicator-taxonomy").then().statusCode(401).extract().as(JsonNode.class);
        for (JsonNode required : document().path("components").path("schemas").path("Problem").path("required")) {
            assertThat(body.has(required.asText())).as("a 401 body has " + required.asText()).isTrue();
        }
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
