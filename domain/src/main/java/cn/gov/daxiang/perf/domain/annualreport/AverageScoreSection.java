package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationCategory;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The key evaluations' average score by category (部门整体 / 专项资金; the report: 88.37 and 86.47), each Σ / n rounded
 * HALF_UP to two decimals by {@link KeyEvaluationSummary}. Categories without an evaluation are left out.
 */
public record AverageScoreSection(FiscalYear planYear, List<CategoryLine> categories) implements AnnualReportSection {

    public static final String KEY = "averageScores";

    public record CategoryLine(EvaluationCategory category, int count, Score average) {
    }

    public AverageScoreSection {
        Objects.requireNonNull(planYear, "planYear");
        categories = List.copyOf(categories);
    }

    public static AverageScoreSection of(KeyEvaluationSummary summary) {
        List<CategoryLine> lines = new ArrayList<>();
        for (EvaluationCategory category : EvaluationCategory.values()) {
            summary.averageOf(category).ifPresent(a -> lines.add(new CategoryLine(category, a.count(), a.average())));
        }
        return new AverageScoreSection(summary.fiscalYear(), lines);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(ReportLanguage language) {
        return language == ReportLanguage.CHINESE ? "平均得分" : "Average scores";
    }

    @Override
    public List<String> paragraphs(ReportLanguage language) {
        if (categories.isEmpty()) {
            return List.of();
        }
        if (language == ReportLanguage.CHINESE) {
            return List.of("其中：" + categories.stream().map(l -> l.count() + "个" + chineseSubject(l.category()) + "绩效评价平均得分"
                    + l.average().value().toPlainString() + "分").collect(Collectors.joining("，")) + "。");
        }
        return List.of("Average scores: " + categories.stream().map(l -> english(l.category()) + " " + l.average().value().toPlainString()
                + " (" + l.count() + ")").collect(Collectors.joining(", ")) + ".");
    }

    private static String chineseSubject(EvaluationCategory category) {
        return category == EvaluationCategory.DEPARTMENT_OVERALL ? "部门整体支出" : "专项资金";
    }

    private static String english(EvaluationCategory category) {
        return category == EvaluationCategory.DEPARTMENT_OVERALL ? "departments' overall spending" : "special funds";
    }
}
