package cn.gov.daxiang.perf.adapter.rest.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/openapi.yaml is the contract clients are generated from (the Java client of the *IT tests, the TypeScript
 * client of scripts/check-api-contract.sh) and the file reviewers see API changes in: it must be exactly what the
 * service serves at /q/openapi. Compared parsed (maps unordered, lists ordered), so that a change of key order alone
 * does not fail the build. The served document is that of the packaged service: without the test-only resources. {@code -Dopenapi.update=true} (scripts/update-openapi.sh) writes the served document
 * into the committed file instead of failing.
 */
@QuarkusTest
class OpenApiDocumentIsCurrentTest {

    static final Path COMMITTED = Path.of("..", "docs", "openapi.yaml");
    static final Path SERVED = Path.of("target", "openapi-served.yaml");
    private static final int MAX_LISTED = 40;

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        // The test application also serves the test-only resources of src/test; the packaged service does not.
        String served = ServedDocument.withoutTestOnly(given().when().get("/q/openapi").then().statusCode(200).extract().asString());
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            System.out.printf("[openapi] wrote the served document to %s%n", COMMITTED.toAbsolutePath().normalize());
            return;
        }
        assertThat(COMMITTED).as("docs/openapi.yaml (create it with scripts/update-openapi.sh)").exists();
        List<String> differences = new ArrayList<>();
        compare("", ServedDocument.parse(Files.readString(COMMITTED, StandardCharsets.UTF_8)), ServedDocument.parse(served), differences);
        assertThat(differences)
                .as("docs/openapi.yaml differs from the served document (written to %s). If the change is intended, "
                        + "run scripts/update-openapi.sh (or this test with -Dopenapi.update=true) and commit docs/openapi.yaml. "
                        + "Differences (JSON pointer: committed -> served), at most %d listed",
                        SERVED.toAbsolutePath().normalize(), MAX_LISTED)
                .isEmpty();
    }

    /** Collects the JSON pointers where the two trees differ, without descending below a difference of type. */
    private static void compare(String pointer, JsonNode committed, JsonNode served, List<String> differences) {
        if (differences.size() >= MAX_LISTED) {
            return;
        }
        if (committed == null || served == null) {
            differences.add(pointer + ": " + describe(committed) + " -> " + describe(served));
        } else if (committed.isObject() && served.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            committed.fieldNames().forEachRemaining(keys::add);
            served.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                compare(pointer + "/" + key.replace("~", "~0").replace("/", "~1"), committed.get(key), served.get(key), differences);
            }
        } else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            for (int i = 0; i < committed.size(); i++) {
                compare(pointer + "/" + i, committed.get(i), served.get(i), differences);
            }
        } else if (!committed.equals(served)) {
            differences.add(pointer + ": " + describe(committed) + " -> " + describe(served));
        }
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
