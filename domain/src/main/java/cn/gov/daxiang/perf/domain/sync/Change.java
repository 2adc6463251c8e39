package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One change of a provincial record: its position in the stream, when the province changed it, the
 * record's natural key and either the record's current state or its deletion.
 *
 * @param record the record as the province describes it now; null when {@code deleted}
 */
public record Change<T>(long seq, Instant changedAt, String key, boolean deleted, T record) {

    public Change {
        Objects.requireNonNull(key, "key");
        if (seq <= 0) {
            throw new RuleViolationException("SYNC_CHANGE_SEQ_INVALID", Map.of("key", key, "seq", seq));
        }
        if (!deleted && record == null) {
            throw new RuleViolationException("SYNC_CHANGE_RECORD_MISSING", Map.of("key", key, "seq", seq));
        }
    }

    public static <T> Change<T> upsert(long seq, Instant changedAt, String key, T record) {
        return new Change<>(seq, changedAt, key, false, record);
    }

    public static <T> Change<T> deletion(long seq, Instant changedAt, String key) {
        return new Change<>(seq, changedAt, key, true, null);
    }
}
