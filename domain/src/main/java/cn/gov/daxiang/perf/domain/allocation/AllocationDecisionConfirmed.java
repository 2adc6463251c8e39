package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.time.Instant;

/**
 * Finance confirmed a decision, as proposed or overridden with a reason ({@code overridden}); reported to the
 * province. {@code supersedes} names the confirmed decision it replaces, or is null.
 */
public record AllocationDecisionConfirmed(AllocationDecisionId decisionId, FiscalYear budgetYear, AllocationObject object,
                                          EvaluationType evaluationType, String evaluationId, GradedScore result, int policyVersion,
                                          Treatment treatment, Adjustment adjustment, Money base, Money adjustedAmount,
                                          boolean overridden, String reason, AllocationDecisionId supersedes, Instant confirmedAt)
        implements DomainEvent {

    /** A successor is created confirmed (the audit trail records its creation); otherwise the transition confirm or override. */
    @Override
    public String action() {
        if (supersedes != null) {
            return "create";
        }
        return overridden ? "override" : "confirm";
    }
}
