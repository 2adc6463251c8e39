package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Labelled;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sync's coded values: each has its own Chinese label, and each filter's parser takes the code or the label. */
class SyncCodedValuesTest {

    @Test
    void everySyncCodedValueHasItsOwnChineseLabel() {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(SyncRunState.class, SyncMode.class, SyncTrigger.class,
                SyncStream.class, ConflictKind.class, ConflictState.class, ConflictResolution.class)) {
            List<String> labels = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Labelled) c).label()).toList();
            assertThat(labels).as(type.getSimpleName()).doesNotHaveDuplicates()
                    .allSatisfy(l -> assertThat(l).matches(".*\\p{IsHan}.*"));
        }
    }

    @Test
    void theParsersTakeTheCodeInAnyCaseOrTheLabelAndKeepTheirOwnRefusal() {
        assertParses(SyncRunState::parse, SyncRunState.values());
        assertParses(SyncMode::parse, SyncMode.values());
        assertParses(ConflictKind::parse, ConflictKind.values());
        assertParses(ConflictState::parse, ConflictState.values());
        assertParses(ConflictResolution::parse, ConflictResolution.values());
        assertThatThrownBy(() -> SyncRunState.parse("DONE")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("SYNC_RUN_STATE_UNKNOWN");
    }

    private static <E extends Enum<E> & Labelled> void assertParses(Function<String, E> parse, E[] values) {
        for (E value : values) {
            assertThat(parse.apply(value.name().toLowerCase())).isEqualTo(value);
            assertThat(parse.apply(" " + value.label() + " ")).isEqualTo(value);
        }
    }
}
