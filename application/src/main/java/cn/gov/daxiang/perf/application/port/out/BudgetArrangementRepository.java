package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.project.ProjectCode;

import java.util.Optional;

/** Budget arrangements, one per project, with every revision. */
public interface BudgetArrangementRepository {

    record Stored(BudgetArrangement arrangement, long revision) {
    }

    Optional<Stored> findByProject(ProjectCode projectCode);

    /** @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException ARRANGEMENT_ALREADY_SET for a second one of a project */
    long add(BudgetArrangement arrangement);

    /** Appends the revisions not stored yet. @throws cn.gov.daxiang.perf.domain.shared.StaleRevisionException when stale */
    long update(BudgetArrangement arrangement, long expectedRevision);
}
