package cn.gov.daxiang.perf.adapter.rest.audit;

import cn.gov.daxiang.perf.adapter.rest.security.TestTokens;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the audit trail over the API, for any feature's tests: "this change left exactly one event" and
 * "this failed change left none" are one line each, whatever the object.
 */
public final class AuditTrailProbe {

    private AuditTrailProbe() {
    }

    public static int count(String objectType, String objectId) {
        return events(objectType, objectId).getInt("total");
    }

    /** The newest events of one object, newest first. */
    public static List<Map<String, Object>> newest(String objectType, String objectId) {
        return events(objectType, objectId).getList("items");
    }

    /** Runs {@code change} and checks that it left exactly one event on the object, of the given action. */
    public static Map<String, Object> expectOneEvent(String objectType, String objectId, String action, Runnable change) {
        int before = count(objectType, objectId);
        change.run();
        assertThat(count(objectType, objectId)).as("audit events of %s %s", objectType, objectId).isEqualTo(before + 1);
        Map<String, Object> event = newest(objectType, objectId).get(0);
        assertThat(event.get("action")).isEqualTo(action);
        return event;
    }

    /** Runs {@code change} (which is expected to fail or roll back) and checks that it left no event. */
    public static void expectNoEvent(String objectType, String objectId, Runnable change) {
        int before = count(objectType, objectId);
        change.run();
        assertThat(count(objectType, objectId)).as("audit events of %s %s", objectType, objectId).isEqualTo(before);
    }

    private static JsonPath events(String objectType, String objectId) {
        return given().auth().oauth2(TestTokens.auditor())
                .queryParam("objectType", objectType).queryParam("objectId", objectId).queryParam("size", 100)
                .when().get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath();
    }
}
