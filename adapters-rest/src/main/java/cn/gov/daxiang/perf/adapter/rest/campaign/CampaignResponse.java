package cn.gov.daxiang.perf.adapter.rest.campaign;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.campaign.CampaignKind;
import cn.gov.daxiang.perf.domain.campaign.CampaignProgress;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign (工作任务): what it asks for, its deadline, the units addressed (those the caller may see) with the
 * money they cover, its revision (also the ETag) and, for one campaign, its progress today.
 */
@Schema(name = "Campaign", requiredProperties = {"id", "title", "kind", "fiscalYear", "deadline", "issuedBy", "revision", "units", "amount"})
public record CampaignResponse(@Schema(format = "uuid") String id, String title, Coded<CampaignKind> kind, int fiscalYear, String roundId,
                               Coded<SelfEvaluationKind> evaluationKind, LocalDate deadline, String issuedBy, long revision, int units,
                               BigDecimal amount, Progress progress) {

    /**
     * Counts and money by status, computed from the units' real reports or evaluations on {@code asOf}: completed
     * means finally approved, submitted counts approved units too; shares are two-decimal percentages.
     *
     * @param counts units by progress, in the order of the progress codes
     */
    @Schema(name = "CampaignProgressSummary", requiredProperties = {"asOf", "counts", "completedUnits", "completedAmount", "completionShare",
            "submittedUnits", "submittedAmount", "submissionShare", "lines"})
    public record Progress(LocalDate asOf, List<ProgressCount> counts, int completedUnits, BigDecimal completedAmount,
                           BigDecimal completionShare, BigDecimal completedAmountShare, int submittedUnits, BigDecimal submittedAmount,
                           BigDecimal submissionShare, BigDecimal submittedAmountShare, List<UnitLine> lines) {
    }

    @Schema(name = "CampaignProgressCount", requiredProperties = {"status", "units"})
    public record ProgressCount(Coded<CampaignProgress> status, int units) {
    }

    @Schema(name = "CampaignUnitLine", requiredProperties = {"unitCode", "amount", "status"})
    public record UnitLine(String unitCode, String unitName, BigDecimal amount, Coded<CampaignProgress> status) {
    }
}
