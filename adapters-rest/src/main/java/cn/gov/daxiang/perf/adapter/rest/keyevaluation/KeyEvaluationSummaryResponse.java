package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The plan year's accepted key evaluations as the annual report states them, computed on request from what the caller
 * may see: counts and money per subject kind, money in 元 and in 万元 (one decimal, as the report prints it), grades and
 * the average score per category (部门整体 / 专项资金).
 */
public record KeyEvaluationSummaryResponse(int fiscalYear, int count, BigDecimal totalAmount, BigDecimal totalWanYuan,
                                           List<KindLine> bySubjectKind, List<GradeLine> grades, List<AverageLine> averages) {

    public record KindLine(String subjectKind, String label, int count, BigDecimal amount, BigDecimal wanYuan) {
    }

    public record GradeLine(String grade, String label, int count) {
    }

    public record AverageLine(String category, String label, int count, BigDecimal averageScore) {
    }
}
