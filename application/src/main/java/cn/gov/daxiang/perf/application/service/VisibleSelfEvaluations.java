package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AggregateAccess;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationNotFoundException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Loads self-evaluations only if the actor may see them (not found otherwise), at the revision the caller read (stale otherwise). */
@ApplicationScoped
public class VisibleSelfEvaluations {

    private final SelfEvaluationRepository evaluations;
    private final DataScopes scopes;

    @Inject
    public VisibleSelfEvaluations(SelfEvaluationRepository evaluations, DataScopes scopes) {
        this.evaluations = evaluations;
        this.scopes = scopes;
    }

    public SelfEvaluationRepository.Stored load(Actor actor, SelfEvaluationId id) {
        SelfEvaluationRepository.Stored stored = evaluations.findById(id).orElseThrow(() -> new SelfEvaluationNotFoundException(id));
        if (!EvaluationAccessPolicy.canSee(stored.evaluation().getUnitCode(), scopes.readScope(actor))) {
            throw new SelfEvaluationNotFoundException(id);
        }
        return stored;
    }

    public SelfEvaluationRepository.Stored loadForChange(Actor actor, SelfEvaluationId id, long revision) {
        SelfEvaluationRepository.Stored stored = load(actor, id);
        if (stored.revision() != revision) {
            throw new StaleRevisionException(SelfEvaluation.AUDIT_TYPE, id.toString(), revision, stored.revision());
        }
        return stored;
    }

    /** An evaluation for the change pipeline: loaded as {@link #loadForChange}, saved at the same revision. */
    public AggregateAccess<SelfEvaluation> forChange(Actor actor, SelfEvaluationId id, long revision) {
        return new AggregateAccess<>() {
            @Override
            public SelfEvaluation load() {
                return loadForChange(actor, id, revision).evaluation();
            }

            @Override
            public long save(SelfEvaluation evaluation) {
                return evaluations.update(evaluation, revision);
            }
        };
    }
}
