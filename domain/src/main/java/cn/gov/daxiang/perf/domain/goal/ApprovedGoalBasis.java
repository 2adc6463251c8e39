package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.IndicatorValueType;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What monitoring and self-evaluation work from: a goal's latest approved version (批复版本), copied when a
 * report or an evaluation is opened. The copy keeps the level-3 indicators as {@link EvaluatedIndicator}s
 * (level-1 and level-2 codes, comparator, target, unit, weight), so that a later adjustment of the goal
 * never changes what was monitored or scored.
 *
 * @param annualOverallGoal the version's 年度总体目标 (the 自评表's 预期目标)
 */
public record ApprovedGoalBasis(GoalVersionReference goal, GoalKind kind, FiscalYear fiscalYear, UnitCode unitCode,
                                ProjectCode projectCode, String annualOverallGoal, List<EvaluatedIndicator> indicators) {

    public ApprovedGoalBasis {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(unitCode, "unitCode");
        indicators = List.copyOf(indicators);
    }

    /**
     * The latest approved version of {@code goal}. Refused for a goal without one (a draft under review
     * cannot be monitored or evaluated), and for an approved version whose indicators cannot be scored
     * (a quantitative indicator without comparator or target, say): the stored goal is at fault, not the
     * caller, so both are rule violations naming the goal.
     */
    public static ApprovedGoalBasis of(PerformanceGoal goal) {
        GoalVersion version = goal.latestApprovedVersion().orElseThrow(() -> new RuleViolationException(
                "GOAL_NOT_APPROVED_FOR_EVALUATION", Map.of("goalId", goal.getId().toString(), "status", goal.getStatus().name())));
        List<EvaluatedIndicator> snapshot = new ArrayList<>();
        for (Indicator indicator : version.getContent().indicators()) {
            try {
                snapshot.add(evaluated(indicator));
            } catch (InvalidValueException e) {
                throw new RuleViolationException(e.code(), e.arguments());
            }
        }
        try {
            snapshot = EvaluatedIndicator.checkedSnapshot(snapshot);
        } catch (InvalidValueException e) {
            throw new RuleViolationException(e.code(), e.arguments());
        }
        return new ApprovedGoalBasis(GoalVersionReference.of(goal.getId().value(), version.getNumber()), goal.getKind(),
                goal.getFiscalYear(), goal.getUnitCode(), goal.getProjectCode().orElse(null),
                version.getContent().annualOverallGoal(), snapshot);
    }

    /** A 部门整体 goal: evaluated as the unit's overall spending, without a project. */
    public boolean isDepartmentOverall() {
        return kind == GoalKind.DEPARTMENT_OVERALL;
    }

    /** A goal's level-3 indicator as monitoring and scoring see it. */
    static EvaluatedIndicator evaluated(Indicator indicator) {
        return indicator.valueType() == ValueType.QUANTITATIVE
                ? new EvaluatedIndicator(indicator.id().value(), indicator.level1(), indicator.level2(), indicator.name(),
                IndicatorValueType.QUANTITATIVE, indicator.comparator(), indicator.targetValue(), indicator.unitOfMeasure(), indicator.weight())
                : new EvaluatedIndicator(indicator.id().value(), indicator.level1(), indicator.level2(), indicator.name(),
                IndicatorValueType.QUALITATIVE, null, null, null, indicator.weight());
    }
}
