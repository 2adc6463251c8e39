package cn.gov.daxiang.perf.adapter.rest.preassessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The assessment criteria in force: the version (also the ETag), the criteria in order, who published them (null for the default). */
@Schema(name = "AssessmentCriteria", requiredProperties = {"version", "criteria", "totalPoints"})
public record AssessmentCriteriaResponse(int version, List<Criterion> criteria, BigDecimal totalPoints, String publishedBy, Instant publishedAt) {

    @Schema(name = "AssessmentCriterion", requiredProperties = {"code", "label", "maxPoints"})
    public record Criterion(String code, String label, BigDecimal maxPoints) {
    }
}
