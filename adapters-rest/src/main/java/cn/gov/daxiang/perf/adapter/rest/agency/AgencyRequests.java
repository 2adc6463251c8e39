package cn.gov.daxiang.perf.adapter.rest.agency;

import java.util.List;

/** Request bodies of the agency register. */
public final class AgencyRequests {

    private AgencyRequests() {
    }

    /** A new agency: id (e.g. ZHENRUI), registered name, optional unified social credit code and contact, first evaluators. */
    public record RegisterAgencyRequest(String agencyId, String name, String creditCode, String contact, Boolean active,
                                        List<EvaluatorRequest> evaluators) {
    }

    /** An agency's new description; {@code active} false stops it being commissioned. */
    public record ReviseAgencyRequest(String name, String creditCode, String contact, Boolean active) {
    }

    /** An evaluator on the roster: the user id their token carries and the name shown. */
    public record EvaluatorRequest(String userId, String name) {
    }
}
