package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.BudgetArrangementRepository;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Budget arrangements in memory, one per project. */
public class InMemoryBudgetArrangementRepository implements BudgetArrangementRepository {

    private final Map<ProjectCode, BudgetArrangement> stored = new HashMap<>();
    private final Revisions<ProjectCode> revisions = new Revisions<>(BudgetArrangement.AUDIT_TYPE);

    @Override
    public Optional<Stored> findByProject(ProjectCode projectCode) {
        return Optional.ofNullable(stored.get(projectCode)).map(a -> new Stored(Copies.of(a), revisions.of(projectCode)));
    }

    @Override
    public long add(BudgetArrangement arrangement) {
        if (stored.containsKey(arrangement.getProjectCode())) {
            throw new AlreadyExistsException("ARRANGEMENT_ALREADY_SET", Map.of("projectCode", arrangement.getProjectCode().value()));
        }
        stored.put(arrangement.getProjectCode(), Copies.of(arrangement));
        return revisions.added(arrangement.getProjectCode());
    }

    @Override
    public long update(BudgetArrangement arrangement, long expectedRevision) {
        long next = revisions.change(arrangement.getProjectCode(), expectedRevision);
        stored.put(arrangement.getProjectCode(), Copies.of(arrangement));
        return next;
    }
}
