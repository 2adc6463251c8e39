package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A finding (存在问题) of the evaluation: its text, optionally the indicator it concerns, and optionally the
 * rectification it proposes.
 */
public record Finding(String text, String indicatorCode, ProposedRectification rectification) {

    public static final int TEXT_MAX_LENGTH = 2000;

    public Finding {
        text = Texts.required("text", text, TEXT_MAX_LENGTH);
        indicatorCode = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
    }

    public Optional<String> indicator() {
        return Optional.ofNullable(indicatorCode);
    }

    public Optional<ProposedRectification> proposedRectification() {
        return Optional.ofNullable(rectification);
    }

    Finding withDefaultDeadline(LocalDate defaultDeadline) {
        return rectification == null ? this : new Finding(text, indicatorCode, rectification.withDefaultDeadline(defaultDeadline));
    }
}
