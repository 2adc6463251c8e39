package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.Optional;

/** A suggestion (建议) of the evaluation, optionally about one indicator. */
public record Suggestion(String text, String indicatorCode) {

    public Suggestion {
        text = Texts.required("text", text, Finding.TEXT_MAX_LENGTH);
        indicatorCode = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
    }

    public Optional<String> indicator() {
        return Optional.ofNullable(indicatorCode);
    }
}
