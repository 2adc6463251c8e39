package cn.gov.daxiang.perf.adapter.rest.preassessment;

import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.preassessment.CriterionScore;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies of the ex-ante assessment endpoints. */
public final class PreAssessmentRequests {

    private PreAssessmentRequests() {
    }

    /** A new assessment: the project, NEW_PROJECT or CONTINUATION, the amount requested (元) and an optional summary. */
    @Schema(name = "DraftPreAssessmentRequest", requiredProperties = {"projectCode", "purpose", "requestedAmount"})
    public record DraftPreAssessmentRequest(
            @NotNull @Schema(type = SchemaType.STRING, example = "43050325T000000000101") ProjectCode projectCode,
            @NotNull @Schema(description = "NEW_PROJECT or CONTINUATION; the label is taken too", example = "NEW_PROJECT") AssessmentPurpose purpose,
            @NotNull @Schema(type = SchemaType.NUMBER, description = "元, two decimals at most", example = "3000000.00") Money requestedAmount,
            @Size(max = PreAssessment.SUMMARY_MAX_LENGTH) @Schema(example = "新建社区养老服务中心") String summary) {
    }

    /** The draft as it should now read. */
    @Schema(name = "EditPreAssessmentRequest", requiredProperties = {"purpose", "requestedAmount"})
    public record EditPreAssessmentRequest(
            @NotNull @Schema(description = "NEW_PROJECT or CONTINUATION; the label is taken too", example = "NEW_PROJECT") AssessmentPurpose purpose,
            @NotNull @Schema(type = SchemaType.NUMBER, description = "元, two decimals at most", example = "2800000.00") Money requestedAmount,
            @Size(max = PreAssessment.SUMMARY_MAX_LENGTH) String summary) {
    }

    /** One criterion's points (0 to its maximum, two decimals at most) and comment. */
    @Schema(name = "PreAssessmentScoreRequest", requiredProperties = {"code", "points", "comment"})
    public record ScoreRequest(
            @NotBlank @Size(max = 30) @Schema(example = "NECESSITY") String code,
            @NotNull @Schema(example = "18.5") BigDecimal points,
            @NotBlank @Size(max = CriterionScore.COMMENT_MAX_LENGTH) @Schema(example = "立项依据充分") String comment) {
    }

    @Schema(name = "PreAssessmentScoresRequest", requiredProperties = {"scores"})
    public record ScoresRequest(@NotNull @Size(max = AssessmentCriteriaSet.MAX_CRITERIA) List<@Valid @NotNull ScoreRequest> scores) {
    }

    /** Finance takes the assessment up; {@code agencyId} commissions a third-party agency (absent: finance assesses itself). */
    @Schema(name = "TakeUpPreAssessmentRequest")
    public record TakeUpRequest(
            @Pattern(regexp = "[A-Za-z0-9_-]{2,40}", message = "AGENCY_ID_MALFORMED") @Schema(example = "ZHENRUI") String agencyId) {
    }

    @Schema(name = "PreAssessmentReturnRequest", requiredProperties = {"reason"})
    public record ReturnRequest(@NotBlank @Size(max = PreAssessment.REASON_MAX_LENGTH) @Schema(example = "绩效目标不够量化") String reason) {
    }

    /** SUPPORT (assessedAmount absent or the amount requested), SUPPORT_AFTER_ADJUSTMENT (below it) or NOT_SUPPORTED (none). */
    @Schema(name = "ConcludePreAssessmentRequest", requiredProperties = {"conclusion", "opinion"})
    public record ConcludeRequest(
            @NotNull @Schema(description = "SUPPORT, SUPPORT_AFTER_ADJUSTMENT or NOT_SUPPORTED; the label is taken too", example = "SUPPORT_AFTER_ADJUSTMENT")
            AssessmentConclusion conclusion,
            @Schema(type = SchemaType.NUMBER, description = "元", example = "2800000.00") Money assessedAmount,
            @Size(max = PreAssessment.OPINION_MAX_LENGTH) @Schema(example = "压减后予以支持") String opinion) {
    }

    /** A criterion of a new criteria version. */
    @Schema(name = "AssessmentCriterionRequest", requiredProperties = {"code", "label", "maxPoints"})
    public record CriterionRequest(
            @NotBlank @Schema(example = "NECESSITY") String code,
            @NotBlank @Size(max = AssessmentCriterion.LABEL_MAX_LENGTH) @Schema(example = "申报必要性") String label,
            @NotNull @Schema(example = "20") BigDecimal maxPoints) {
    }

    @Schema(name = "AssessmentCriteriaRequest", requiredProperties = {"criteria"})
    public record CriteriaRequest(@NotNull @Size(max = AssessmentCriteriaSet.MAX_CRITERIA) List<@Valid @NotNull CriterionRequest> criteria) {
    }
}
