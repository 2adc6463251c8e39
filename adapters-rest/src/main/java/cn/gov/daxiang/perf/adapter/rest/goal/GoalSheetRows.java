package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.application.port.in.goal.GoalVersionView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.domain.goal.UpperLevelGoalReference;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal version ({@link GoalVersion}, as the goal query reads it) as rows of the declaration table; levels are
 * written as their Chinese labels, as forms show them.
 */
public final class GoalSheetRows {

    private GoalSheetRows() {
    }

    public static List<GoalSheetRow> of(GoalView goal, GoalVersionView version, IndicatorTaxonomy taxonomy) {
        UpperLevelGoalReference upper = goal.upperLevelGoal();
        List<GoalSheetRow> rows = new ArrayList<>();
        List<Indicator> indicators = version.content().indicators();
        for (int i = 0; i < Math.max(1, indicators.size()); i++) {
            Indicator ind = indicators.isEmpty() ? null : indicators.get(i);
            rows.add(new GoalSheetRow(i + 3, goal.id().toString(), goal.kind().label(), goal.fiscalYear().toString(),
                    goal.unitCode().value(), goal.projectCodeIfAny().map(ProjectCode::value).orElse(null),
                    version.content().annualOverallGoal(), version.content().longTermGoal(), version.content().departmentDuties(),
                    upper == null || upper.issuingLevel() == null ? null : upper.issuingLevel().label(),
                    upper == null ? null : upper.documentNumber(), upper == null ? null : upper.upperGoalText(),
                    ind == null ? null : taxonomy.group(ind.level1()).map(g -> g.label()).orElse(ind.level1()),
                    ind == null ? null : taxonomy.category(ind.level2()).map(c -> c.label()).orElse(ind.level2()),
                    ind == null ? null : ind.name(), ind == null ? null : ind.valueType().label(),
                    ind == null || ind.comparator() == null ? null : ind.comparator().symbol(),
                    ind == null ? null : plain(ind.targetValue()), ind == null ? null : ind.targetText(),
                    ind == null ? null : ind.unitOfMeasure(), ind == null ? null : plain(ind.weight()),
                    ind == null ? null : ind.explanation(), ind == null ? null : ind.scoringRule(),
                    ind == null ? null : ind.id().toString()));
        }
        return rows;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
