package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationCategory;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The plan year's accepted key evaluations as the annual report states them, computed on request from what the caller
 * may see: counts and money per subject kind, money in 元 and in 万元 (one decimal, as the report prints it), grades and
 * the average score per category (部门整体 / 专项资金).
 */
@Schema(name = "KeyEvaluationSummary", requiredProperties = {"fiscalYear", "count", "totalAmount", "totalWanYuan", "bySubjectKind", "grades", "averages"})
public record KeyEvaluationSummaryResponse(int fiscalYear, int count, BigDecimal totalAmount, BigDecimal totalWanYuan,
                                           List<KindLine> bySubjectKind, List<GradeLine> grades, List<AverageLine> averages) {

    @Schema(name = "KeyEvaluationSummaryKindLine", requiredProperties = {"subjectKind", "count", "amount", "wanYuan"})
    public record KindLine(Coded<SubjectKind> subjectKind, int count, BigDecimal amount, BigDecimal wanYuan) {
    }

    @Schema(name = "KeyEvaluationSummaryGradeLine", requiredProperties = {"grade", "count"})
    public record GradeLine(Coded<Grade> grade, int count) {
    }

    @Schema(name = "KeyEvaluationSummaryAverageLine", requiredProperties = {"category", "count", "averageScore"})
    public record AverageLine(Coded<EvaluationCategory> category, int count, BigDecimal averageScore) {
    }
}
