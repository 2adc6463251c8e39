package cn.gov.daxiang.perf.adapter.rest.rectification;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The JSON bodies of the rectification endpoints. */
public final class RectificationRequests {

    private RectificationRequests() {
    }

    /**
     * Finance raises an item: the evaluation (KEY_EVALUATION or SELF_EVALUATION and its id), the project it concerns
     * (absent: the responsible unit's overall spending), the unit responsible, the finding's text and the deadline
     * (YYYY-MM-DD; absent: today + the configured days).
     */
    @Schema(name = "RaiseRectificationRequest", requiredProperties = {"evaluationKind", "evaluationId", "responsibleUnitCode", "text"})
    public record RaiseRectificationRequest(
            @NotNull @Schema(description = "KEY_EVALUATION or SELF_EVALUATION; the label (重点评价, 绩效自评) is taken too", example = "KEY_EVALUATION")
            EvaluationKind evaluationKind,
            @NotNull @Schema(format = "uuid", example = "3f1c2a4e-8b7d-4e0a-9c55-2d1b6f7a9e10") UUID evaluationId,
            @Schema(type = SchemaType.STRING, description = "Absent: the unit's overall spending", example = "43050324T000000000015") ProjectCode projectCode,
            @NotNull @Schema(type = SchemaType.STRING, example = "108002") UnitCode responsibleUnitCode,
            @NotBlank @Size(max = Rectification.TEXT_MAX_LENGTH) @Schema(example = "资金拨付进度滞后，需加快支付") String text,
            @Schema(description = "Absent: today + the configured days", example = "2025-06-30") LocalDate deadline) {
    }

    /** Finance issues the items of an accepted key evaluation's findings that have none yet. */
    @Schema(name = "IssueRectificationsRequest", requiredProperties = {"keyEvaluationId"})
    public record IssueRectificationsRequest(@NotNull @Schema(format = "uuid") UUID keyEvaluationId) {
    }

    /** The unit's report (整改落实情况). */
    @Schema(name = "RectificationReportRequest", requiredProperties = {"text"})
    public record ReportRequest(@NotBlank @Size(max = Rectification.REPORT_MAX_LENGTH) @Schema(example = "已按工程进度拨付资金，附支付凭证") String text) {
    }

    @Schema(name = "RectificationReturnRequest", requiredProperties = {"reason"})
    public record ReturnRequest(@NotBlank @Size(max = Rectification.REASON_MAX_LENGTH) @Schema(example = "拨付凭证不清晰") String reason) {
    }
}
