package cn.gov.daxiang.perf.adapter.rest.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A third-party agency (第三方机构) with its evaluator roster and its revision (also the ETag). */
@Schema(name = "Agency", requiredProperties = {"agencyId", "name", "active", "evaluators", "revision"})
public record AgencyResponse(String agencyId, String name, String creditCode, String contact, boolean active, List<Evaluator> evaluators,
                             long revision) {

    @Schema(name = "AgencyEvaluator", requiredProperties = {"userId", "name"})
    public record Evaluator(String userId, String name) {
    }
}
