package cn.gov.daxiang.perf.adapter.rest.grade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the grading configuration endpoints answer. */
public final class GradingResponses {

    private GradingResponses() {
    }

    public record BandResponse(String grade, String label, BigDecimal lowerBound) {
    }

    /** A scheme; {@code frozen} once it has graded anything ({@code gradesGiven}), when only a new scheme can change the bands. */
    public record GradeSchemeResponse(String schemeId, String name, List<BandResponse> bands, long revision, long gradesGiven, boolean frozen) {
    }

    public record SchemeAssignmentResponse(String evaluationType, String evaluationTypeLabel, int effectiveFrom, String schemeId, String schemeName) {
    }

    public record GradeSchemeCatalogResponse(long revision, List<SchemeAssignmentResponse> entries) {
    }

    public record WeightTemplateResponse(String kind, String kindLabel, int effectiveFrom, BigDecimal executionRate, Map<String, BigDecimal> groups) {
    }

    public record WeightTemplateCatalogResponse(long revision, List<WeightTemplateResponse> entries) {
    }

    /** A score graded under the configured catalog, with the scheme that gives the grade. */
    public record GradeResponse(String evaluationType, int fiscalYear, BigDecimal score, String grade, String gradeLabel, String schemeId) {
    }
}
