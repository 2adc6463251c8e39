package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.IssuingLevel;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON bodies of the goal endpoints. Codes and coded values are typed: the domain's own parsers read them (a
 * coded value by its code or its label), and every refusal names its path into the body
 * ({@code content.indicators[2].comparator}); the shape constraints reuse the domain's limits.
 */
public final class GoalRequests {

    private GoalRequests() {
    }

    /** A level-3 indicator; {@code id} names an existing indicator (kept across versions) and is omitted for a new one. */
    @Schema(name = "GoalIndicatorRequest", description = "A level-3 indicator (三级指标) of a goal")
    public record IndicatorRequest(
            @Schema(description = "An existing indicator's id; omitted for a new one", format = "uuid") IndicatorId id,
            @NotBlank @Size(max = 40) @Schema(description = "Level-1 code (产出/效益/满意度)", example = "OUTPUT") String level1,
            @NotBlank @Size(max = 40) @Schema(description = "Level-2 code", example = "QUANTITY") String level2,
            @NotBlank @Size(max = Indicator.NAME_MAX_LENGTH) @Schema(example = "改造老旧小区数量") String name,
            @Schema(description = "QUANTITATIVE or QUALITATIVE (定量/定性); inferred from the target when omitted") ValueType valueType,
            @Schema(description = "AT_LEAST, AT_MOST or EQUAL; ≥, ≤, = are taken too", example = "AT_LEAST") Comparator comparator,
            @Schema(example = "12") BigDecimal targetValue,
            @Size(max = Indicator.TARGET_TEXT_MAX_LENGTH) String targetText,
            @Size(max = Indicator.UNIT_MAX_LENGTH) @Schema(example = "个") String unitOfMeasure,
            @Schema(description = "Weight in percent, above 0 and at most 100, two decimals", example = "20") BigDecimal weight,
            @Size(max = Indicator.EXPLANATION_MAX_LENGTH) String explanation,
            @Size(max = Indicator.EXPLANATION_MAX_LENGTH) String scoringRule) {
    }

    @Schema(name = "GoalContentRequest", description = "A version's content: the goals in words and the level-3 indicators")
    public record GoalContentRequest(
            @NotBlank @Size(max = GoalContent.GOAL_TEXT_MAX_LENGTH) @Schema(example = "完成老旧小区改造12个，惠及居民1200户。") String annualOverallGoal,
            @Size(max = GoalContent.GOAL_TEXT_MAX_LENGTH) String longTermGoal,
            @Size(max = GoalContent.DUTIES_MAX_LENGTH) String departmentDuties,
            @Size(max = GoalContent.MAX_INDICATORS) List<@NotNull @Valid IndicatorRequest> indicators) {
    }

    /** The upper-level goal a transfer payment decomposes: issuing level (CENTRAL, PROVINCE, CITY or 中央/省/市), 文号, text or id. */
    @Schema(name = "UpperLevelGoalRequest", description = "The upper-level goal a transfer payment decomposes (上级下达目标)")
    public record UpperLevelGoalRequest(
            @Schema(description = "CENTRAL, PROVINCE or CITY (中央/省/市)", example = "PROVINCE") IssuingLevel issuingLevel,
            @Size(max = 100) @Schema(example = "滇财预〔2024〕12号") String documentNumber,
            @Size(max = 2000) String upperGoalText,
            @Size(max = 100) String upperGoalId) {
    }

    @Schema(name = "DeclareGoalRequest", description = "A new goal's first version (a draft)")
    public record DeclareGoalRequest(
            @NotNull @Schema(description = "PROJECT, DEPARTMENT_OVERALL or TRANSFER_PAYMENT (or the label)", example = "PROJECT") GoalKind kind,
            @NotNull @Schema(type = SchemaType.INTEGER, example = "2024") FiscalYear fiscalYear,
            @NotNull @Schema(type = SchemaType.STRING, example = "108002") UnitCode unitCode,
            @Schema(type = SchemaType.STRING, description = "Required for a project or transfer-payment goal",
                    example = "53010824000001") ProjectCode projectCode,
            @Valid UpperLevelGoalRequest upperLevelGoal,
            @NotNull @Valid GoalContentRequest content) {
    }

    @Schema(name = "EditGoalRequest", description = "The draft's (or returned version's) new content")
    public record EditGoalRequest(@NotNull @Valid GoalContentRequest content, @Valid UpperLevelGoalRequest upperLevelGoal) {
    }

    /** A reason for returning a goal; {@code indicatorId} attaches it to one indicator. */
    @Schema(name = "GoalReturnReason", description = "A reason for returning a goal, on the goal or on one indicator")
    public record ReturnReasonRequest(
            @Schema(format = "uuid", description = "The indicator it concerns; omitted for the goal as a whole") IndicatorId indicatorId,
            @NotBlank @Size(max = ReturnReason.TEXT_MAX_LENGTH) @Schema(example = "指标值偏低，请结合上年完成情况调整") String text) {
    }

    @Schema(name = "ReturnGoalRequest")
    public record ReturnGoalRequest(List<@NotNull @Valid ReturnReasonRequest> reasons) {
    }

    @Schema(name = "GoalDepartmentReviewRequest")
    public record DepartmentReviewRequest(@Size(max = PerformanceGoal.NOTE_MAX_LENGTH) @Schema(example = "同意上报") String note) {
    }

    @Schema(name = "GoalFinanceReviewRequest", description = "The finance bureau's grade: EXCELLENT 优, GOOD 良, MEDIUM 中, POOR 差")
    public record FinanceReviewRequest(
            @NotNull @Schema(description = "EXCELLENT, GOOD, MEDIUM or POOR (优/良/中/差)", example = "GOOD") AuditGrade grade,
            @Size(max = PerformanceGoal.NOTE_MAX_LENGTH) @Schema(example = "已与单位沟通，按意见完善指标") String consultationNote,
            List<@NotNull @Valid ReturnReasonRequest> reasons) {
    }

    @Schema(name = "GoalAdjustmentRequest")
    public record AdjustmentRequest(@Size(max = PerformanceGoal.NOTE_MAX_LENGTH) @Schema(example = "项目实施内容调整") String reason) {
    }

    @Schema(name = "GoalReviewAssignmentRequest")
    public record ReviewAssignmentRequest(@NotBlank @Size(max = 100) @Schema(example = "ZHENRUI") String agencyId) {
    }
}
