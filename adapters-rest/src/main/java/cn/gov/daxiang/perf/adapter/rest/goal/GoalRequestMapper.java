package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.GoalContentRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.IndicatorRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.ReturnReasonRequest;
import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.UpperLevelGoalRequest;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the domain's values from validated goal request bodies (their shape and their codes are checked before this
 * runs). The domain's rules over several fields remain; a refusal of one names its field as a path into the body,
 * e.g. {@code content.indicators[2].weight}.
 */
final class GoalRequestMapper {

    private GoalRequestMapper() {
    }

    static GoalContent content(GoalContentRequest r) {
        List<IndicatorRequest> requested = r.indicators() == null ? List.of() : r.indicators();
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            IndicatorRequest indicator = requested.get(i);
            indicators.add(at("content.indicators[" + i + "]", () -> indicator(indicator)));
        }
        return at("content", () -> new GoalContent(r.annualOverallGoal(), r.longTermGoal(), r.departmentDuties(), indicators));
    }

    /** A new indicator gets a new id; without a value type the target tells (a number: quantitative). */
    static Indicator indicator(IndicatorRequest r) {
        ValueType type = r.valueType() == null ? ValueType.inferred(r.targetValue(), r.targetText()) : r.valueType();
        return new Indicator(r.id() == null ? IndicatorId.newId() : r.id(), r.level1(), r.level2(), r.name(), type, r.comparator(),
                r.targetValue(), r.targetText(), r.unitOfMeasure(), r.weight(), r.explanation(), r.scoringRule());
    }

    static UpperLevelGoalReference upperLevelGoal(UpperLevelGoalRequest r) {
        return r == null ? null : at("upperLevelGoal",
                () -> new UpperLevelGoalReference(r.issuingLevel(), r.documentNumber(), r.upperGoalText(), r.upperGoalId()));
    }

    static List<ReturnReason> reasons(List<ReturnReasonRequest> requests) {
        List<ReturnReasonRequest> given = requests == null ? List.of() : requests;
        List<ReturnReason> reasons = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ReturnReasonRequest r = given.get(i);
            reasons.add(at("reasons[" + i + "]", () -> new ReturnReason(r.indicatorId(), r.text())));
        }
        return reasons;
    }

    /** Runs {@code build}; a refusal's field becomes {@code path.field} (or {@code path} when it named none). */
    static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw e.forField(e.field().map(f -> f.startsWith(path) ? f : path + "." + f).orElse(path));
        }
    }
}
