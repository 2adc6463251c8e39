package cn.gov.daxiang.perf.domain.idempotency;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "8e03978e-40d5-43e8-bc93-6894a57f9324", "retry #2 of order:42", "~!\"$%&'()*+,-./:;<=>?@[\\]^_`{|}"})
    void printableAsciiKeysAreAccepted(String key) {
        assertThat(IdempotencyKey.of(key).value()).isEqualTo(key);
    }

    @Test
    void aKeyOf255CharactersIsAcceptedAndOf256Refused() {
        assertThat(IdempotencyKey.of("k".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(256)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_MALFORMED");
                    assertThat(e.arguments()).containsEntry("maxLength", 255);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "tab\there", "line\nbreak", "nul\u0000", "del\u007f", "café", "幂等键"})
    void emptyBlankAndNonPrintableKeysAreRefused(String key) {
        assertThatThrownBy(() -> IdempotencyKey.of(key))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_MALFORMED"));
    }

    @Test
    void aMissingKeyIsRefused() {
        assertThatThrownBy(() -> IdempotencyKey.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void keysAreComparedExactlyCaseIncluded() {
        assertThat(IdempotencyKey.of("Order-1")).isEqualTo(IdempotencyKey.of("Order-1")).isNotEqualTo(IdempotencyKey.of("order-1"));
    }
}
