package cn.gov.daxiang.perf.adapter.rest.grade;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the grading configuration endpoints. */
public final class GradingRequests {

    private GradingRequests() {
    }

    /** A band: the grade (EXCELLENT 优, GOOD 良, MEDIUM 中, WEAK 较差, POOR 差) and its inclusive lower bound. */
    public record BandRequest(String grade, BigDecimal lowerBound) {
    }

    /** A new scheme: its id (lower case, digits, hyphens), name and bands, best first, the last from 0. */
    public record DefineSchemeRequest(String schemeId, String name, List<BandRequest> bands) {
    }

    public record ReviseSchemeRequest(String name, List<BandRequest> bands) {
    }

    /** From {@code effectiveFrom} on, {@code evaluationType} (SELF_EVALUATION, DEPARTMENT_EVALUATION, KEY_EVALUATION) is graded by {@code schemeId}. */
    public record SchemeAssignmentRequest(String evaluationType, Integer effectiveFrom, String schemeId) {
    }

    public record GradeSchemeCatalogRequest(List<SchemeAssignmentRequest> entries) {
    }

    /** From {@code effectiveFrom} on, {@code kind} (PROJECT, DEPARTMENT_OVERALL) is weighted 预算执行率 {@code executionRate} and level-1 {@code groups}. */
    public record WeightTemplateRequest(String kind, Integer effectiveFrom, BigDecimal executionRate, Map<String, BigDecimal> groups) {
    }

    public record WeightTemplateCatalogRequest(List<WeightTemplateRequest> entries) {
    }
}
