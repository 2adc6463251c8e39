package cn.gov.daxiang.perf.adapter.rest.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignKind;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the campaign endpoints; coded values by code or label. */
public final class CampaignRequests {

    /** Units of one request at most (the district has about 130). */
    public static final int MAX_TARGETS = 1000;

    private CampaignRequests() {
    }

    /** A unit addressed and the fiscal funds its work covers (元, two decimals at most). */
    @Schema(name = "CampaignTargetRequest")
    public record TargetRequest(@NotNull @Schema(type = SchemaType.STRING, example = "108002") UnitCode unitCode,
                                @NotNull @Schema(description = "元", example = "1200000.00") BigDecimal amount) {
    }

    /**
     * A new campaign: {@code kind} MONITORING_ROUND (with {@code roundId}; the round gives the year) or
     * SELF_EVALUATION (with {@code fiscalYear} and optionally {@code evaluationKind}), the deadline and the units.
     */
    @Schema(name = "IssueCampaignRequest")
    public record IssueCampaignRequest(@NotBlank @Size(max = Campaign.TITLE_MAX_LENGTH) @Schema(example = "2024年度绩效自评") String title,
                                       @NotNull @Schema(description = "Campaign kind (code or label)") CampaignKind kind,
                                       @Schema(type = SchemaType.INTEGER, example = "2024") FiscalYear fiscalYear,
                                       @Schema(format = "uuid") MonitoringRoundId roundId,
                                       @Schema(description = "PROJECT or DEPARTMENT_OVERALL (code or label)") SelfEvaluationKind evaluationKind,
                                       @NotNull @Schema(example = "2025-03-31") LocalDate deadline,
                                       @Size(max = MAX_TARGETS) List<@NotNull @Valid TargetRequest> targets) {
    }

    @Schema(name = "CampaignDeadlineRequest")
    public record DeadlineRequest(@NotNull @Schema(example = "2025-04-15") LocalDate deadline) {
    }

    @Schema(name = "CampaignTargetsRequest")
    public record TargetsRequest(@NotNull @Size(max = MAX_TARGETS) List<@NotNull @Valid TargetRequest> targets) {
    }
}
