package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;

import java.util.List;
import java.util.Optional;

/**
 * Allocation decisions. At most one active (PROPOSED or CONFIRMED) decision per object and budget year: adding a
 * second is refused, so that proposing twice at once cannot duplicate.
 */
public interface AllocationDecisionRepository {

    record Stored(AllocationDecision decision, long revision) {
    }

    Optional<Stored> findById(AllocationDecisionId id);

    /** The matching decisions about objects of units in {@code scope}, by unit code, object, then proposal time. */
    List<Stored> find(AllocationDecisionCriteria criteria, DataScope scope);

    /**
     * @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException ALLOCATION_DECISION_ALREADY_OPEN for a second active
     *                                                                  decision about the object in the budget year
     */
    long add(AllocationDecision decision);

    /**
     * Adds new decisions together (a year's proposals: thousands at ten times the district); each starts at revision 0.
     *
     * @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException ALLOCATION_DECISION_ALREADY_OPEN when any of them
     *                                                                  would be a second active decision about its object
     */
    default void addAll(List<AllocationDecision> decisions) {
        decisions.forEach(this::add);
    }

    /** @throws cn.gov.daxiang.perf.domain.shared.StaleRevisionException when stale */
    long update(AllocationDecision decision, long expectedRevision);
}
