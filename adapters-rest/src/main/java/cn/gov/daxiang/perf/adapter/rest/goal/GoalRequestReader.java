package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.GoalContentRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.IndicatorRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.ReturnReasonRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.UpperLevelGoalRequest;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the domain's values from request bodies. Every refusal names the field it concerns as a path
 * into the body (e.g. {@code content.indicators[2].comparator}), so a form can point at it.
 */
public final class GoalRequestReader {

    private GoalRequestReader() {
    }

    public static GoalContent content(String path, GoalContentRequest request) {
        if (request == null) {
            throw new InvalidValueException(path, "REQUEST_FIELD_REQUIRED", Map.of("field", path));
        }
        List<Indicator> indicators = new ArrayList<>();
        List<IndicatorRequest> requested = request.indicators() == null ? List.of() : request.indicators();
        for (int i = 0; i < requested.size(); i++) {
            String at = path + ".indicators[" + i + "]";
            IndicatorRequest r = requested.get(i);
            indicators.add(within(at, () -> indicator(at, r)));
        }
        return within(path, () -> new GoalContent(request.annualOverallGoal(), request.longTermGoal(), request.departmentDuties(), indicators));
    }

    private static Indicator indicator(String path, IndicatorRequest r) {
        if (r == null) {
            throw new InvalidValueException(path, "REQUEST_FIELD_REQUIRED", Map.of("field", path));
        }
        IndicatorId id = r.id() == null || r.id().isBlank() ? IndicatorId.newId() : within("id", () -> IndicatorId.of(r.id()));
        ValueType type = r.valueType() == null ? ValueType.inferred(r.targetValue(), r.targetText())
                : within("valueType", () -> ValueType.parse(r.valueType()));
        Comparator comparator = r.comparator() == null || r.comparator().isBlank() ? null : within("comparator", () -> Comparator.parse(r.comparator()));
        return new Indicator(id, r.level1(), r.level2(), r.name(), type, comparator, r.targetValue(), r.targetText(),
                r.unitOfMeasure(), r.weight(), r.explanation(), r.scoringRule());
    }

    public static UpperLevelGoalReference upperLevelGoal(String path, UpperLevelGoalRequest r) {
        if (r == null) {
            return null;
        }
        return within(path, () -> new UpperLevelGoalReference(
                r.issuingLevel() == null ? null : within("issuingLevel", () -> IssuingLevel.parse(r.issuingLevel())),
                r.documentNumber(), r.upperGoalText(), r.upperGoalId()));
    }

    public static List<ReturnReason> reasons(String path, List<ReturnReasonRequest> requests) {
        List<ReturnReason> reasons = new ArrayList<>();
        List<ReturnReasonRequest> given = requests == null ? List.of() : requests;
        for (int i = 0; i < given.size(); i++) {
            String at = path + "[" + i + "]";
            ReturnReasonRequest r = given.get(i);
            if (r == null) {
                throw new InvalidValueException(at, "REQUEST_FIELD_REQUIRED", Map.of("field", at));
            }
            reasons.add(within(at, () -> new ReturnReason(
                    r.indicatorId() == null || r.indicatorId().isBlank() ? null : within("indicatorId", () -> IndicatorId.of(r.indicatorId())),
                    r.text())));
        }
        return reasons;
    }

    /** Runs {@code read}; a refusal's field becomes {@code path.field} (or {@code path} when it named none). */
    public static <T> T within(String path, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            String field = e.field().map(f -> f.startsWith(path) ? f : path + "." + f).orElse(path);
            throw e.forField(field);
        }
    }
}
