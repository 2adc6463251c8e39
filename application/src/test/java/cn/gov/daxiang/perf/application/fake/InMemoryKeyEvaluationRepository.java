package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Key evaluations in memory, in planning order. */
public class InMemoryKeyEvaluationRepository implements KeyEvaluationRepository {

    private final Map<KeyEvaluationId, KeyEvaluation> stored = new LinkedHashMap<>();
    private final Revisions<KeyEvaluationId> revisions = new Revisions<>(KeyEvaluation.AUDIT_TYPE);

    @Override
    public Optional<Stored> findById(KeyEvaluationId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public List<Stored> find(KeyEvaluationCriteria criteria) {
        return stored.values().stream().filter(criteria::matches)
                .sorted(Comparator.comparing((KeyEvaluation e) -> e.getFiscalYear().value()).reversed())
                .map(this::stored).toList();
    }

    @Override
    public long add(KeyEvaluation evaluation) {
        stored.put(evaluation.getId(), copy(evaluation));
        return revisions.added(evaluation.getId());
    }

    @Override
    public long update(KeyEvaluation evaluation, long expectedRevision) {
        long next = revisions.change(evaluation.getId(), expectedRevision);
        stored.put(evaluation.getId(), copy(evaluation));
        return next;
    }

    private Stored stored(KeyEvaluation evaluation) {
        return new Stored(copy(evaluation), revisions.of(evaluation.getId()));
    }

    static KeyEvaluation copy(KeyEvaluation e) {
        return KeyEvaluation.restore(e.getId(), e.getPlan(), e.getPlannedBy(), e.getPlannedAt(), e.getState(), e.getCommission().orElse(null),
                e.getFramework().orElse(null), e.getScores(), e.getFindings(), e.getSuggestions(), e.getSubmissions(), e.getReturns(),
                e.getAcceptance().orElse(null));
    }
}
