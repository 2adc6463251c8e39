package cn.gov.daxiang.perf.domain.annualreport;

import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rectification status (整改情况) of the items from the work year's evaluations (the key evaluations of its plan year
 * and the items finance raised on evaluations of that year), as {@link RectificationSummary} counts them on the day
 * the report is read: overdue is computed on that day, so the same records give a later reader more overdue items.
 */
public record RectificationStatusSection(FiscalYear evaluationYear, LocalDate asOf, long items,
                                         Map<RectificationState, Long> byState, long overdue, long reportedLate)
        implements AnnualReportSection {

    public static final String KEY = "rectifications";

    public RectificationStatusSection {
        Objects.requireNonNull(evaluationYear, "evaluationYear");
        Objects.requireNonNull(asOf, "asOf");
        byState = Map.copyOf(byState);
    }

    public static RectificationStatusSection of(FiscalYear evaluationYear, RectificationSummary summary) {
        RectificationSummary.Counts total = summary.total();
        return new RectificationStatusSection(evaluationYear, summary.today(), total.items(), total.byState(),
                total.overdue(), total.reportedLate());
    }

    public long inState(RectificationState state) {
        return byState.getOrDefault(state, 0L);
    }

    /** Items the unit still owes (issued, in progress or returned), overdue ones included. */
    public long open() {
        return inState(RectificationState.ISSUED) + inState(RectificationState.IN_PROGRESS) + inState(RectificationState.RETURNED);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(ReportLanguage language) {
        return language == ReportLanguage.CHINESE ? "整改情况" : "Rectification";
    }

    @Override
    public List<String> paragraphs(ReportLanguage language) {
        if (items == 0) {
            return List.of();
        }
        long verified = inState(RectificationState.VERIFIED);
        long reported = inState(RectificationState.REPORTED);
        if (language == ReportLanguage.CHINESE) {
            return List.of(evaluationYear.value() + "年度绩效评价发现问题下达整改事项" + items + "项，其中已整改核实" + verified
                    + "项，已报告待核实" + reported + "项，整改中" + open() + "项（截至" + asOf + "逾期未整改" + overdue + "项）"
                    + (reportedLate > 0 ? "，逾期报告" + reportedLate + "项" : "") + "。");
        }
        return List.of(items + " rectification items were issued from the evaluations of " + evaluationYear.value() + ": "
                + verified + " verified, " + reported + " reported and awaiting verification, " + open() + " still open ("
                + overdue + " overdue on " + asOf + ")" + (reportedLate > 0 ? ", " + reportedLate + " reported late" : "") + ".");
    }
}
