package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.grade.GradeSchemeId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the grading configuration endpoints; coded values by code or label, read by the domain. */
public final class GradingRequests {

    private GradingRequests() {
    }

    /** A band: the grade (EXCELLENT 优, GOOD 良, MEDIUM 中, WEAK 较差, POOR 差) and its inclusive lower bound. */
    @Schema(name = "GradeBandRequest")
    public record BandRequest(
            @NotNull @Schema(description = "EXCELLENT, GOOD, MEDIUM, WEAK or POOR (优/良/中/较差/差)", example = "EXCELLENT") Grade grade,
            @NotNull @Schema(description = "Inclusive lower bound, 0–100 with two decimals", example = "90") BigDecimal lowerBound) {
    }

    /** A new scheme: its id (lower case, digits, hyphens), name and bands, best first, the last from 0. */
    @Schema(name = "DefineGradeSchemeRequest")
    public record DefineSchemeRequest(
            @NotNull @Schema(type = SchemaType.STRING, example = "district-2025") GradeSchemeId schemeId,
            @NotBlank @Size(max = GradeScheme.NAME_MAX_LENGTH) @Schema(example = "区级评价等级（2025）") String name,
            @NotEmpty List<@NotNull @Valid BandRequest> bands) {
    }

    @Schema(name = "ReviseGradeSchemeRequest")
    public record ReviseSchemeRequest(
            @NotBlank @Size(max = GradeScheme.NAME_MAX_LENGTH) @Schema(example = "区级评价等级（2025）") String name,
            @NotEmpty List<@NotNull @Valid BandRequest> bands) {
    }

    /** From {@code effectiveFrom} on, {@code evaluationType} is graded by {@code schemeId}. */
    @Schema(name = "GradeSchemeAssignmentRequest")
    public record SchemeAssignmentRequest(
            @NotNull @Schema(description = "SELF_EVALUATION, DEPARTMENT_EVALUATION or KEY_EVALUATION (or the label)", example = "SELF_EVALUATION")
            EvaluationType evaluationType,
            @NotNull @Schema(type = SchemaType.INTEGER, example = "2025") FiscalYear effectiveFrom,
            @NotNull @Schema(type = SchemaType.STRING, example = "district-2025") GradeSchemeId schemeId) {
    }

    @Schema(name = "GradeSchemeCatalogRequest")
    public record GradeSchemeCatalogRequest(@NotNull List<@NotNull @Valid SchemeAssignmentRequest> entries) {
    }

    /** From {@code effectiveFrom} on, {@code kind} is weighted 预算执行率 {@code executionRate} and level-1 {@code groups}. */
    @Schema(name = "WeightTemplateRequest")
    public record WeightTemplateRequest(
            @NotNull @Schema(description = "PROJECT or DEPARTMENT_OVERALL (or the label)", example = "PROJECT") SelfEvaluationKind kind,
            @NotNull @Schema(type = SchemaType.INTEGER, example = "2025") FiscalYear effectiveFrom,
            @NotNull @Schema(example = "10") BigDecimal executionRate,
            @NotNull @Schema(description = "Weight of each level-1 group by its code", example = "{\"OUTPUT\": 50, \"BENEFIT\": 30, \"SATISFACTION\": 10}")
            Map<String, BigDecimal> groups) {
    }

    @Schema(name = "WeightTemplateCatalogRequest")
    public record WeightTemplateCatalogRequest(@NotNull List<@NotNull @Valid WeightTemplateRequest> entries) {
    }
}
