package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The key evaluations (重点评价) of the work year's plan year by subject kind, with the money they cover: the accepted
 * ones, as {@link KeyEvaluationSummary} counts them. The total in 万元 at {@link ReportFigure#KEY_EVALUATION_TOTAL}'s
 * precision (the report: 44369.7万元), each kind at {@link ReportFigure#KEY_EVALUATION_BY_KIND}'s.
 */
public record KeyEvaluationSection(FiscalYear planYear, int count, ReportAmount total, List<KindLine> byKind)
        implements AnnualReportSection {

    public static final String KEY = "keyEvaluations";

    public record KindLine(SubjectKind kind, int count, ReportAmount money) {
    }

    public KeyEvaluationSection {
        Objects.requireNonNull(planYear, "planYear");
        Objects.requireNonNull(total, "total");
        byKind = List.copyOf(byKind);
    }

    /** Kinds in the order of {@link SubjectKind} (bonds first, department overall last), those with none left out. */
    public static KeyEvaluationSection of(KeyEvaluationSummary summary, ReportPrecision precision) {
        List<KindLine> lines = new ArrayList<>();
        for (SubjectKind kind : SubjectKind.values()) {
            KeyEvaluationSummary.KindTotal t = summary.bySubjectKind().get(kind);
            if (t != null) {
                lines.add(new KindLine(kind, t.count(), precision.amount(ReportFigure.KEY_EVALUATION_BY_KIND, t.money())));
            }
        }
        return new KeyEvaluationSection(summary.fiscalYear(), summary.count(),
                precision.amount(ReportFigure.KEY_EVALUATION_TOTAL, summary.totalMoney()), lines);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(ReportLanguage language) {
        return language == ReportLanguage.CHINESE ? "重点绩效评价" : "Key evaluations";
    }

    @Override
    public List<String> paragraphs(ReportLanguage language) {
        if (count == 0) {
            return List.of();
        }
        if (language == ReportLanguage.CHINESE) {
            return List.of("重点预算绩效评价项目" + count + "个（其中："
                    + byKind.stream().map(l -> chinese(l.kind()) + l.count() + "个").collect(Collectors.joining("，"))
                    + "），金额共计" + total.text() + "万元。");
        }
        return List.of(count + " key evaluations (" + byKind.stream().map(l -> l.count() + " " + english(l.kind()))
                .collect(Collectors.joining(", ")) + "), covering " + total.text() + " 万元 in total.");
    }

    /** "专项债券项目", "部门整体支出项目"; a label that already ends in 项目 ("其他项目") as it is. */
    static String chinese(SubjectKind kind) {
        return kind.label().endsWith("项目") ? kind.label() : kind.label() + "项目";
    }

    static String english(SubjectKind kind) {
        return switch (kind) {
            case SPECIAL_BOND -> "special bond projects";
            case SOCIAL_SECURITY_FUND -> "social security funds";
            case GOVERNMENT_PURCHASED_SERVICE -> "government-purchased services";
            case TRANSFER_PAYMENT -> "transfer payments";
            case OTHER_PROJECT -> "other projects";
            case DEPARTMENT_OVERALL -> "departments' overall spending";
        };
    }
}
