package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.AllocationDecisionRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecision;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionCriteria;
import cn.gov.daxiang.perf.domain.allocation.AllocationDecisionId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Allocation decisions in memory; one active decision per object and budget year, as the table's unique key holds. */
public class InMemoryAllocationDecisionRepository implements AllocationDecisionRepository {

    private final Map<AllocationDecisionId, AllocationDecision> stored = new LinkedHashMap<>();
    private final Revisions<AllocationDecisionId> revisions = new Revisions<>(AllocationDecision.AUDIT_TYPE);

    @Override
    public Optional<Stored> findById(AllocationDecisionId id) {
        return Optional.ofNullable(stored.get(id)).map(d -> new Stored(copy(d), revisions.of(id)));
    }

    @Override
    public List<Stored> find(AllocationDecisionCriteria criteria, DataScope scope) {
        return stored.values().stream().filter(criteria::matches).filter(d -> scope.includes(d.getObject().unitCode()))
                .sorted(Comparator.comparing((AllocationDecision d) -> d.getObject().unitCode().value())
                        .thenComparing(d -> d.getObject().key()).thenComparing(d -> d.getRecord().proposedAt())
                        .thenComparing(d -> d.getRecord().decidedAt() == null ? java.time.Instant.MIN : d.getRecord().decidedAt()))
                .map(d -> new Stored(copy(d), revisions.of(d.getId()))).toList();
    }

    @Override
    public long add(AllocationDecision decision) {
        if (stored.containsKey(decision.getId())) {
            throw new AlreadyExistsException("ALLOCATION_DECISION_ALREADY_OPEN", Map.of("id", decision.getId().toString()));
        }
        if (decision.isActive() && stored.values().stream().anyMatch(d -> d.isActive() && d.getBudgetYear().equals(decision.getBudgetYear())
                && d.getObject().key().equals(decision.getObject().key()))) {
            throw new AlreadyExistsException("ALLOCATION_DECISION_ALREADY_OPEN", Map.of("object", decision.getObject().key(),
                    "budgetYear", decision.getBudgetYear().value()));
        }
        stored.put(decision.getId(), copy(decision));
        return revisions.added(decision.getId());
    }

    @Override
    public long update(AllocationDecision decision, long expectedRevision) {
        long next = revisions.change(decision.getId(), expectedRevision);
        stored.put(decision.getId(), copy(decision));
        return next;
    }

    private static AllocationDecision copy(AllocationDecision d) {
        return AllocationDecision.restore(d.getRecord());
    }
}
