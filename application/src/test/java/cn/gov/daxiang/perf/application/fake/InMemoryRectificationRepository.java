package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Items in memory, in issue order; a second item of one finding is refused as the unique key does. */
public class InMemoryRectificationRepository implements RectificationRepository {

    private final Map<RectificationId, Rectification> stored = new LinkedHashMap<>();
    private final Revisions<RectificationId> revisions = new Revisions<>(Rectification.AUDIT_TYPE);

    @Override
    public Optional<Stored> findById(RectificationId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public List<Rectification> findByProject(ProjectCode projectCode) {
        return stored.values().stream().filter(r -> r.getProjectCode().filter(projectCode::equals).isPresent()).map(InMemoryRectificationRepository::copy).toList();
    }

    @Override
    public List<Rectification> findByEvaluation(EvaluationKind kind, UUID evaluationId) {
        return stored.values().stream().filter(r -> r.getSource().kind() == kind && r.getSource().evaluationId().equals(evaluationId))
                .map(InMemoryRectificationRepository::copy).toList();
    }

    @Override
    public Page<Stored> find(RectificationCriteria criteria, DataScope scope, Paging paging) {
        List<Rectification> newestFirst = new ArrayList<>(stored.values());
        Collections.reverse(newestFirst);
        return Pages.of(newestFirst.stream().filter(r -> scope.includes(r.getResponsibleUnit()) && criteria.matches(r))
                .sorted(Comparator.comparing(Rectification::getDeadline)).map(this::stored).toList(), paging);
    }

    @Override
    public List<Rectification> findAll(RectificationCriteria criteria, DataScope scope) {
        return stored.values().stream().filter(r -> scope.includes(r.getResponsibleUnit()) && criteria.matches(r))
                .map(InMemoryRectificationRepository::copy).toList();
    }

    @Override
    public long add(Rectification rectification) {
        if (rectification.getSource().fromFinding() && stored.values().stream().anyMatch(r -> r.getSource().equals(rectification.getSource()))) {
            throw alreadyIssued(rectification);
        }
        stored.put(rectification.getId(), copy(rectification));
        return revisions.added(rectification.getId());
    }

    @Override
    public long update(Rectification rectification, long expectedRevision) {
        long next = revisions.change(rectification.getId(), expectedRevision);
        stored.put(rectification.getId(), copy(rectification));
        return next;
    }

    static AlreadyExistsException alreadyIssued(Rectification r) {
        return new AlreadyExistsException("RECTIFICATION_ALREADY_ISSUED", Map.of("evaluationId", r.getSource().evaluationId().toString(),
                "findingIndex", Objects.toString(r.getSource().findingIndex())));
    }

    private Stored stored(Rectification r) {
        return new Stored(copy(r), revisions.of(r.getId()));
    }

    /** Rebuilt through restore, as the JPA mapper rebuilds it from rows. */
    static Rectification copy(Rectification r) {
        return Rectification.restore(new Rectification.Stored(r.getId(), r.getSource(), r.getEvaluationYear(), r.getProjectCode().orElse(null),
                r.getResponsibleUnit(), r.getText(), r.getDeadline(), r.getState(), r.getIssuedBy(), r.getIssuedAt(),
                r.getStartedAt().orElse(null), r.getReports(), r.getReturnReason().orElse(null), r.getReturnCount(),
                r.getVerifiedBy().orElse(null), r.getVerifiedAt().orElse(null)));
    }
}
