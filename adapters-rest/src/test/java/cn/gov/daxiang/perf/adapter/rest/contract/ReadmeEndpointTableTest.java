package cn.gov.daxiang.perf.adapter.rest.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's endpoint tables (the end of "API conventions": {@code | methods | path | filters and notes |}, one row
 * per path) list exactly the operations of the committed document, docs/openapi.yaml: none missing, none extra.
 * A plain unit test: the document is kept equal to the served one by OpenApiDocumentIsCurrentTest.
 */
class ReadmeEndpointTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([A-Z, ]+?)\\s*\\|\\s*`([^`]+)`\\s*\\|.*\\|\\s*$");

    @Test
    void theReadmeListsEveryOperationOfTheDocumentAndNoOther() throws IOException {
        Set<String> documented = documentOperations();
        Set<String> listed = readmeOperations();

        List<String> differences = new ArrayList<>();
        documented.stream().filter(o -> !listed.contains(o)).forEach(o -> differences.add("missing from the README: " + o));
        listed.stream().filter(o -> !documented.contains(o)).forEach(o -> differences.add("in the README, not in docs/openapi.yaml: " + o));
        assertThat(differences).as("the README's endpoint tables (end of \"API conventions\") against docs/openapi.yaml").isEmpty();
        assertThat(listed).as("the README's endpoint tables").isNotEmpty();
    }

    private static Set<String> documentOperations() throws IOException {
        JsonNode paths = ServedDocument.parse(Files.readString(OpenApiDocumentIsCurrentTest.COMMITTED, StandardCharsets.UTF_8)).get("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method.toUpperCase())) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The rows of the tables headed {@code | methods | path |} in the README's "API conventions" section. */
    static Set<String> readmeOperations() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf("## API conventions");
        assertThat(start).as("README section \"## API conventions\"").isNotNegative();
        Set<String> operations = new TreeSet<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.replace(" ", "").startsWith("|methods|path|")) {
                inTable = true;
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            assertThat(row.matches()).as("an endpoint row reads | GET, POST | `/path` | notes |: " + line).isTrue();
            for (String method : row.group(1).split(",")) {
                assertThat(METHODS).as("a method in: " + line).contains(method.strip());
                assertThat(operations.add(method.strip() + " " + row.group(2))).as("listed once: " + method.strip() + " " + row.group(2)).isTrue();
            }
        }
        return operations;
    }
}
