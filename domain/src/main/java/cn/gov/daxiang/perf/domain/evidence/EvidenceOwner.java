package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The object an evidence file belongs to: its kind and its id as text (a goal's UUID, say). The id's own form is
 * checked by the kind's resolver; here only that it is a plausible key: 1 to 64 letters, digits, '-', '_' or '.'.
 */
public record EvidenceOwner(EvidenceOwnerType type, String id) {

    public static final int ID_MAX_LENGTH = 64;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1," + ID_MAX_LENGTH + "}");

    public EvidenceOwner {
        Objects.requireNonNull(type, "type");
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("ownerId", "TEXT_REQUIRED", Map.of("field", "ownerId"));
        }
        id = id.strip();
        if (!KEY.matcher(id).matches()) {
            throw new InvalidValueException("ownerId", "EVIDENCE_OWNER_ID_MALFORMED", Map.of("value", id.length() > 80 ? id.substring(0, 80) + "…" : id));
        }
    }

    public static EvidenceOwner of(EvidenceOwnerType type, String id) {
        return new EvidenceOwner(type, id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
