package cn.gov.daxiang.perf.adapter.rest.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign (工作任务): what it asks for, its deadline, the units addressed (those the caller may see) with the
 * money they cover, its revision (also the ETag) and, for one campaign, its progress today.
 */
public record CampaignResponse(String id, String title, String kind, String kindLabel, int fiscalYear, String roundId,
                               String evaluationKind, LocalDate deadline, String issuedBy, long revision, int units,
                               BigDecimal amount, Progress progress) {

    /**
     * Counts and money by status, computed from the units' real reports or evaluations on {@code asOf}: completed
     * means finally approved, submitted counts approved units too; shares are two-decimal percentages.
     */
    public record Progress(LocalDate asOf, Map<String, Integer> counts, int completedUnits, BigDecimal completedAmount,
                           BigDecimal completionShare, BigDecimal completedAmountShare, int submittedUnits, BigDecimal submittedAmount,
                           BigDecimal submissionShare, BigDecimal submittedAmountShare, List<UnitLine> lines) {
    }

    public record UnitLine(String unitCode, String unitName, BigDecimal amount, String status, String statusLabel) {
    }
}
