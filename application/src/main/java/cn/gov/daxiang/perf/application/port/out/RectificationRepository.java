package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rectification items with their reports. */
public interface RectificationRepository {

    record Stored(Rectification rectification, long revision) {
    }

    Optional<Stored> findById(RectificationId id);

    /** Every item of the project, any state, oldest first. */
    List<Rectification> findByProject(ProjectCode projectCode);

    /** Every item that came from the evaluation, oldest first. */
    List<Rectification> findByEvaluation(EvaluationKind kind, UUID evaluationId);

    /** The matching items of responsible units in {@code scope}, the nearest deadline first (then the newest issue). */
    Page<Stored> find(RectificationCriteria criteria, DataScope scope, Paging paging);

    /** Every matching item of units in {@code scope} (a summary's input). */
    List<Rectification> findAll(RectificationCriteria criteria, DataScope scope);

    /**
     * @throws cn.gov.daxiang.perf.domain.shared.AlreadyExistsException RECTIFICATION_ALREADY_ISSUED for a second item of one
     *                                                                   finding of an evaluation
     */
    long add(Rectification rectification);

    /** @throws cn.gov.daxiang.perf.domain.shared.StaleRevisionException when it is no longer at {@code expectedRevision} */
    long update(Rectification rectification, long expectedRevision);
}
