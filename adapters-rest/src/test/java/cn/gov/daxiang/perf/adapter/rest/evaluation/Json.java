package cn.gov.daxiang.perf.adapter.rest.evaluation;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

import java.math.BigDecimal;

/** Reads JSON numbers as BigDecimal, so two-decimal amounts and scores compare exactly. */
public final class Json {

    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Json() {
    }

    public static JsonPath of(Response response) {
        return response.jsonPath(DECIMALS);
    }

    public static BigDecimal decimal(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
