package cn.gov.daxiang.perf.adapter.rest.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkObjectKind;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObjectKind;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.RecordedScore;
import cn.gov.daxiang.perf.domain.keyevaluation.ReturnForRework;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request bodies of key evaluations and evaluation frameworks; coded values by code or label. */
public final class KeyEvaluationRequests {

    /** Indicators of one level at most, and lines of a score sheet at most (a framework has far fewer). */
    public static final int MAX_ITEMS = 500;

    private KeyEvaluationRequests() {
    }

    /** One indicator of a tree: level-1 and level-2 with children (their points are the children's sum), level-3 with points. */
    @Schema(name = "FrameworkIndicatorRequest")
    public record IndicatorRequest(@NotBlank @Size(max = 40) @Schema(example = "C1") String code,
                                   @NotBlank @Size(max = IndicatorNode.NAME_MAX_LENGTH) @Schema(example = "产出数量") String name,
                                   @Schema(description = "Points of a level-3 indicator", example = "10") BigDecimal points,
                                   @Size(max = IndicatorNode.GUIDANCE_MAX_LENGTH) @Schema(example = "全部完成得满分，每少1个扣1分") String guidance,
                                   @Size(max = MAX_ITEMS) List<@NotNull @Valid IndicatorRequest> children) {
    }

    /** The next version of a framework: name, object kind, the tree, the result-oriented level-1 codes. */
    @Schema(name = "PublishEvaluationFrameworkRequest")
    public record PublishFrameworkRequest(@NotBlank @Size(max = EvaluationFramework.NAME_MAX_LENGTH) @Schema(example = "区级项目支出绩效评价指标体系") String name,
                                          @NotNull @Schema(description = "PROJECT or DEPARTMENT_OVERALL (code or label)") FrameworkObjectKind objectKind,
                                          @NotNull @Size(max = MAX_ITEMS) List<@NotNull @Valid IndicatorRequest> indicators,
                                          @Size(max = 20) List<@NotBlank @Size(max = 40) String> resultGroups) {
    }

    /**
     * What is evaluated: {@code kind} PROJECT (projectCode), SPECIAL_FUND (fundName and projectCodes) or DEPARTMENT_OVERALL
     * (departmentCode and spendingYear, by default the plan year − 1).
     */
    @Schema(name = "EvaluationObjectRequest")
    public record ObjectRequest(@NotNull @Schema(description = "PROJECT, SPECIAL_FUND or DEPARTMENT_OVERALL (code or label)") EvaluationObjectKind kind,
                                @Schema(type = SchemaType.STRING, example = "43050324T000000000101") ProjectCode projectCode,
                                @Size(max = EvaluationObject.OfSpecialFund.NAME_MAX_LENGTH) @Schema(example = "城镇老旧小区改造专项资金") String fundName,
                                @Size(max = MAX_ITEMS) @Schema(type = SchemaType.ARRAY, implementation = String.class, example = "[\"43050324T000000000101\"]") List<@NotNull ProjectCode> projectCodes,
                                @Schema(type = SchemaType.STRING, example = "108001") UnitCode departmentCode,
                                @Schema(type = SchemaType.INTEGER, example = "2023") FiscalYear spendingYear) {
    }

    /** A new key evaluation: fiscalYear is the plan year (the year the bureau carries it out). */
    @Schema(name = "PlanKeyEvaluationRequest")
    public record PlanKeyEvaluationRequest(@NotBlank @Size(max = KeyEvaluationPlan.TITLE_MAX_LENGTH) @Schema(example = "2024年度城镇老旧小区改造项目重点评价") String title,
                                           @NotNull @Schema(type = SchemaType.INTEGER, example = "2024") FiscalYear fiscalYear,
                                           @NotNull @Valid ObjectRequest object,
                                           @NotNull @Schema(description = "Subject kind (code or label)") SubjectKind subjectKind,
                                           @NotNull @Schema(example = "2024-10-31") LocalDate dueDate) {
    }

    @Schema(name = "CommissionKeyEvaluationRequest")
    public record CommissionRequest(@NotBlank @Size(max = 40) @Schema(example = "ZHENRUI") String agencyId) {
    }

    /**
     * A framework version to copy in, optionally with other points for some level-3 indicators (code → points) or with an
     * indicator tree of the evaluation's own (adjusted indicators); not both.
     */
    @Schema(name = "SetKeyEvaluationFrameworkRequest")
    public record SetFrameworkRequest(@NotNull @Schema(type = SchemaType.STRING, example = "DISTRICT-PROJECT") FrameworkCode frameworkCode,
                                      @NotNull @Min(1) @Schema(example = "1") Integer version,
                                      @Size(max = MAX_ITEMS) Map<String, @NotNull BigDecimal> points,
                                      @Size(max = MAX_ITEMS) List<@NotNull @Valid IndicatorRequest> indicators) {
    }

    /** One line of a score sheet. */
    @Schema(name = "KeyEvaluationScoreRequest")
    public record ScoreRequest(@NotBlank @Size(max = 40) @Schema(example = "C1") String indicatorCode,
                               @Schema(example = "9.5") BigDecimal score,
                               @Size(max = RecordedScore.NOTE_MAX_LENGTH) @Schema(example = "少完成1个，扣0.5分") String note) {
    }

    @Schema(name = "KeyEvaluationScoresRequest")
    public record ScoresRequest(@NotNull @Size(max = MAX_ITEMS) List<@NotNull @Valid ScoreRequest> scores) {
    }

    /** A rectification a finding proposes; without a deadline, acceptance sets the default (60 days). */
    @Schema(name = "ProposedRectificationRequest")
    public record RectificationRequest(@NotNull @Schema(type = SchemaType.STRING, example = "108002") UnitCode responsibleUnitCode,
                                       @Schema(example = "2024-12-31") LocalDate deadline) {
    }

    @Schema(name = "KeyEvaluationFindingRequest")
    public record FindingRequest(@NotBlank @Size(max = Finding.TEXT_MAX_LENGTH) @Schema(example = "部分项目未按期开工") String text,
                                 @Size(max = 40) String indicatorCode, @Valid RectificationRequest rectification) {
    }

    @Schema(name = "KeyEvaluationSuggestionRequest")
    public record SuggestionRequest(@NotBlank @Size(max = Finding.TEXT_MAX_LENGTH) @Schema(example = "加强项目前期论证") String text,
                                    @Size(max = 40) String indicatorCode) {
    }

    @Schema(name = "KeyEvaluationFindingsRequest")
    public record FindingsRequest(List<@NotNull @Valid FindingRequest> findings,
                                  List<@NotNull @Valid SuggestionRequest> suggestions) {
    }

    @Schema(name = "ReturnKeyEvaluationRequest")
    public record ReturnRequest(@NotNull @Size(max = KeyEvaluation.MAX_RETURN_REASONS)
                                List<@Size(max = ReturnForRework.REASON_MAX_LENGTH) String> reasons) {
    }
}
