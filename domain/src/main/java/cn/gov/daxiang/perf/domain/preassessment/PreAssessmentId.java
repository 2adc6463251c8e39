package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public record PreAssessmentId(UUID value) {

    public PreAssessmentId {
        Objects.requireNonNull(value, "value");
    }

    public static PreAssessmentId of(UUID value) {
        return new PreAssessmentId(value);
    }

    public static PreAssessmentId newId() {
        return new PreAssessmentId(UUID.randomUUID());
    }

    /** The id a text names; malformed text is refused. */
    public static PreAssessmentId parse(String text) {
        try {
            return new PreAssessmentId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("PRE_ASSESSMENT_ID_MALFORMED", Map.of("value", String.valueOf(text)));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
