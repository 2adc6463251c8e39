package cn.gov.daxiang.perf.adapter.rest.grade;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the grading configuration endpoints answer; every coded value as {@code {code, label}}. */
public final class GradingResponses {

    private GradingResponses() {
    }

    @Schema(name = "GradeBand", requiredProperties = {"grade", "lowerBound"})
    public record BandResponse(Coded<Grade> grade, BigDecimal lowerBound) {
    }

    /** A scheme; {@code frozen} once it has graded anything ({@code gradesGiven}), when only a new scheme can change the bands. */
    @Schema(name = "GradeScheme", requiredProperties = {"schemeId", "name", "bands", "revision", "gradesGiven", "frozen"})
    public record GradeSchemeResponse(String schemeId, String name, List<BandResponse> bands, long revision, long gradesGiven, boolean frozen) {
    }

    @Schema(name = "GradeSchemeAssignment", requiredProperties = {"evaluationType", "effectiveFrom", "schemeId", "schemeName"})
    public record SchemeAssignmentResponse(Coded<EvaluationType> evaluationType, int effectiveFrom, String schemeId, String schemeName) {
    }

    @Schema(name = "GradeSchemeCatalog", requiredProperties = {"revision", "entries"})
    public record GradeSchemeCatalogResponse(long revision, List<SchemeAssignmentResponse> entries) {
    }

    @Schema(name = "WeightTemplate", requiredProperties = {"kind", "effectiveFrom", "executionRate", "groups"})
    public record WeightTemplateResponse(Coded<SelfEvaluationKind> kind, int effectiveFrom, BigDecimal executionRate, Map<String, BigDecimal> groups) {
    }

    @Schema(name = "WeightTemplateCatalog", requiredProperties = {"revision", "entries"})
    public record WeightTemplateCatalogResponse(long revision, List<WeightTemplateResponse> entries) {
    }

    /** A score graded under the configured catalog, with the scheme that gives the grade. */
    @Schema(name = "GradedScore", requiredProperties = {"evaluationType", "fiscalYear", "score", "grade", "schemeId"})
    public record GradeResponse(Coded<EvaluationType> evaluationType, int fiscalYear, BigDecimal score, Coded<Grade> grade, String schemeId) {
    }
}
