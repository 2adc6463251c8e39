package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a goal version says (绩效目标申报表): the narrative goals and the level-3 indicators in the order
 * the unit lists them. Only the annual overall goal is required here; everything a reviewer would
 * object to (no indicators, missing duties of a department goal, ...) is reported by the quality checks,
 * so that a poor draft can still be saved.
 *
 * @param annualOverallGoal 年度总体目标
 * @param longTermGoal      长期/总体目标 of a multi-year project; null when none
 * @param departmentDuties  部门职责, expected for a department-overall goal; null when none
 */
public record GoalContent(String annualOverallGoal, String longTermGoal, String departmentDuties,
                          List<Indicator> indicators) {

    public static final int GOAL_TEXT_MAX_LENGTH = 2000;
    public static final int DUTIES_MAX_LENGTH = 4000;
    public static final int MAX_INDICATORS = 200;

    public GoalContent {
        annualOverallGoal = Texts.required("annualOverallGoal", annualOverallGoal, GOAL_TEXT_MAX_LENGTH);
        longTermGoal = Texts.optional("longTermGoal", longTermGoal, GOAL_TEXT_MAX_LENGTH);
        departmentDuties = Texts.optional("departmentDuties", departmentDuties, DUTIES_MAX_LENGTH);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        if (indicators.size() > MAX_INDICATORS) {
            throw new InvalidValueException("indicators", "GOAL_TOO_MANY_INDICATORS",
                    Map.of("count", indicators.size(), "max", MAX_INDICATORS));
        }
        Set<IndicatorId> ids = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!ids.add(indicator.id())) {
                throw new InvalidValueException("indicators", "INDICATOR_ID_DUPLICATE",
                        Map.of("indicatorId", indicator.id().toString()));
            }
        }
    }

    public Optional<Indicator> indicator(IndicatorId id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<Indicator> indicatorsUnder(String level1) {
        return indicators.stream().filter(i -> i.level1().equals(level1)).toList();
    }

    /** Refuses indicators whose level-1/level-2 pair the taxonomy does not know. */
    public void checkAgainst(IndicatorTaxonomy taxonomy) {
        indicators.forEach(i -> i.checkAgainst(taxonomy));
    }
}
