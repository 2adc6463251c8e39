package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationOutcome;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The grade distribution (评价等级分布): of the accepted key evaluations of the plan year (the report: 1 优, 10 良), and
 * beside it of the 部门整体 self-evaluations with a result of the self-evaluated year. Every grade is listed, in the
 * order of {@link Grade}, those with none as 0.
 */
public record GradeDistributionSection(FiscalYear keyEvaluationYear, Map<Grade, Integer> keyEvaluations,
                                       FiscalYear selfEvaluationYear, Map<Grade, Integer> selfEvaluations)
        implements AnnualReportSection {

    public static final String KEY = "gradeDistribution";

    public GradeDistributionSection {
        Objects.requireNonNull(keyEvaluationYear, "keyEvaluationYear");
        Objects.requireNonNull(selfEvaluationYear, "selfEvaluationYear");
        keyEvaluations = complete(keyEvaluations);
        selfEvaluations = complete(selfEvaluations);
    }

    public static GradeDistributionSection of(KeyEvaluationSummary keySummary, FiscalYear selfEvaluationYear,
                                              Collection<SelfEvaluation> selfEvaluations) {
        return fromOutcomes(keySummary, selfEvaluationYear, selfEvaluations.stream().flatMap(e -> SelfEvaluationOutcome.of(e).stream()).toList());
    }

    /** @param selfEvaluations the self-evaluations with a result; only the 部门整体 ones of {@code selfEvaluationYear} count */
    public static GradeDistributionSection fromOutcomes(KeyEvaluationSummary keySummary, FiscalYear selfEvaluationYear,
                                                        Collection<SelfEvaluationOutcome> selfEvaluations) {
        Map<Grade, Integer> self = new EnumMap<>(Grade.class);
        selfEvaluations.stream()
                .filter(e -> e.fiscalYear().equals(selfEvaluationYear) && e.kind() == SelfEvaluationKind.DEPARTMENT_OVERALL)
                .map(SelfEvaluationOutcome::grade)
                .forEach(g -> self.merge(g, 1, Integer::sum));
        return new GradeDistributionSection(keySummary.fiscalYear(), keySummary.grades(), selfEvaluationYear, self);
    }

    private static Map<Grade, Integer> complete(Map<Grade, Integer> counts) {
        Map<Grade, Integer> all = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            all.put(grade, counts.getOrDefault(grade, 0));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    public int keyEvaluationsGraded() {
        return keyEvaluations.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(ReportLanguage language) {
        return language == ReportLanguage.CHINESE ? "评价等级分布" : "Grade distribution";
    }

    @Override
    public List<String> paragraphs(ReportLanguage language) {
        int graded = keyEvaluationsGraded();
        if (graded == 0) {
            return List.of();
        }
        List<Map.Entry<Grade, Integer>> present = keyEvaluations.entrySet().stream().filter(e -> e.getValue() > 0).toList();
        if (language == ReportLanguage.CHINESE) {
            return List.of("重点评价的" + graded + "个项目，绩效评价结果为"
                    + present.stream().map(e -> e.getValue() + "个项目" + e.getKey().label()).collect(Collectors.joining("，")) + "。");
        }
        return List.of("Of the " + graded + " key evaluations, " + present.stream()
                .map(e -> e.getValue() + " graded " + e.getKey().label()).collect(Collectors.joining(", ")) + ".");
    }
}
