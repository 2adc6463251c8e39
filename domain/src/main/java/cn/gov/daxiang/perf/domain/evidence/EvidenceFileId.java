package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One stored version of an evidence file. */
public record EvidenceFileId(UUID value) {

    public EvidenceFileId {
        Objects.requireNonNull(value, "value");
    }

    public static EvidenceFileId of(UUID value) {
        return new EvidenceFileId(value);
    }

    public static EvidenceFileId newId() {
        return new EvidenceFileId(UUID.randomUUID());
    }

    /** The id a text names; malformed text is refused. */
    public static EvidenceFileId parse(String text) {
        try {
            return new EvidenceFileId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("EVIDENCE_FILE_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
