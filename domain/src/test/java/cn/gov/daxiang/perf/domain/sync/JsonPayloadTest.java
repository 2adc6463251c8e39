package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonPayloadTest {

    @Test
    void elementsAreWrittenInOrderWithExactAmountsAndChineseTextAsIs() {
        String json = JsonPayload.object()
                .put("pro_code", "43050324T000000000101")
                .put("pro_name", "城镇老旧小区改造")
                .put("amount", Money.of("1250000.5"))
                .put("fiscal_year", 2024)
                .put("approved", true)
                .put("at", Instant.parse("2024-03-01T02:00:00Z"))
                .put("note", (String) null)
                .put("tags", List.of("a", 1L, JsonPayload.object().put("x", false)))
                .toJson();
        assertThat(json).isEqualTo("{\"pro_code\":\"43050324T000000000101\",\"pro_name\":\"城镇老旧小区改造\",\"amount\":1250000.50,"
                + "\"fiscal_year\":2024,\"approved\":true,\"at\":\"2024-03-01T02:00:00Z\",\"note\":null,\"tags\":[\"a\",1,{\"x\":false}]}");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(JsonPayload.object().put("t", "a\"b\\c\nd\u0001").toJson()).isEqualTo("{\"t\":\"a\\\"b\\\\c\\nd\\u0001\"}");
    }

    @Test
    void elementNamesAreSnakeCaseAndUnique() {
        assertThatThrownBy(() -> JsonPayload.object().put("proCode", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonPayload.object().put("a", "x").put("a", "y")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOversizedPayloadIsRefused() {
        JsonPayload big = JsonPayload.object().put("text", "长".repeat(JsonPayload.MAX_LENGTH));
        assertThatThrownBy(big::toJson).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("REPORT_PAYLOAD_TOO_LARGE"));
    }
}
