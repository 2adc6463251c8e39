package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.Map;
import java.util.Optional;

/**
 * The upper-level goal a transfer-payment goal decomposes (财预〔2015〕163号): who issued it, under which
 * document, and either its text or its identifier in the upper level's system (or both).
 *
 * @param documentNumber 文号, e.g. 湘财预〔2024〕12号
 * @param upperGoalText  the upper-level goal as issued; null when only the id is known
 * @param upperGoalId    the goal's id in the upper level's system; null when only the text is known
 */
public record UpperLevelGoalReference(IssuingLevel issuingLevel, String documentNumber, String upperGoalText,
                                      String upperGoalId) {

    public UpperLevelGoalReference {
        if (issuingLevel == null) {
            // Which level of government issued the goal is part of the reference, not an option.
            throw new InvalidValueException("issuingLevel", "ISSUING_LEVEL_REQUIRED", Map.of("field", "issuingLevel"));
        }
        documentNumber = Texts.required("documentNumber", documentNumber, 100);
        upperGoalText = Texts.optional("upperGoalText", upperGoalText, 2000);
        upperGoalId = Texts.optional("upperGoalId", upperGoalId, 100);
        if (upperGoalText == null && upperGoalId == null) {
            throw new InvalidValueException("upperGoalText", "UPPER_GOAL_TEXT_OR_ID_REQUIRED",
                    Map.of("documentNumber", documentNumber));
        }
    }

    public Optional<String> text() {
        return Optional.ofNullable(upperGoalText);
    }

    public Optional<String> id() {
        return Optional.ofNullable(upperGoalId);
    }
}
