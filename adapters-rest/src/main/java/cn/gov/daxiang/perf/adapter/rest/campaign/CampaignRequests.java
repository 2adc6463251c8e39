package cn.gov.daxiang.perf.adapter.rest.campaign;

import java.math.BigDecimal;
import java.util.List;

/** The JSON bodies of the campaign endpoints. */
public final class CampaignRequests {

    private CampaignRequests() {
    }

    /** A unit addressed and the fiscal funds its work covers (元, two decimals at most). */
    public record TargetRequest(String unitCode, BigDecimal amount) {
    }

    /**
     * A new campaign: {@code kind} MONITORING_ROUND (with {@code roundId}; the round gives the year) or
     * SELF_EVALUATION (with {@code fiscalYear} and optionally {@code evaluationKind} PROJECT or DEPARTMENT_OVERALL),
     * the deadline (ISO date) and the units.
     */
    public record IssueCampaignRequest(String title, String kind, Integer fiscalYear, String roundId, String evaluationKind,
                                       String deadline, List<TargetRequest> targets) {
    }

    public record DeadlineRequest(String deadline) {
    }

    public record TargetsRequest(List<TargetRequest> targets) {
    }
}
