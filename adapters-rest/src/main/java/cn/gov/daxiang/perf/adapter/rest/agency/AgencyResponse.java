package cn.gov.daxiang.perf.adapter.rest.agency;

import java.util.List;

/** A third-party agency (第三方机构) with its evaluator roster and its revision (also the ETag). */
public record AgencyResponse(String agencyId, String name, String creditCode, String contact, boolean active, List<Evaluator> evaluators,
                             long revision) {

    public record Evaluator(String userId, String name) {
    }
}
