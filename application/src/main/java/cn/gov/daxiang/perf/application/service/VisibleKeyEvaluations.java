package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.KeyEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationNotFoundException;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Loads key evaluations only if the actor may see them: another agency's, or a unit's before acceptance, is "not found". */
@ApplicationScoped
public class VisibleKeyEvaluations {

    private final KeyEvaluationRepository evaluations;
    private final KeyEvaluationObjects objects;
    private final DataScopes scopes;

    @Inject
    public VisibleKeyEvaluations(KeyEvaluationRepository evaluations, KeyEvaluationObjects objects, DataScopes scopes) {
        this.evaluations = evaluations;
        this.objects = objects;
        this.scopes = scopes;
    }

    public KeyEvaluationRepository.Stored load(Actor actor, KeyEvaluationId id) {
        return evaluations.findById(id).filter(s -> canSee(actor, s.evaluation())).orElseThrow(() -> new KeyEvaluationNotFoundException(id));
    }

    /** The evaluation for the change pipeline: visible or not found; the policy, then the revision the caller read. */
    public StoredForChange<KeyEvaluation> forChange(Actor actor, KeyEvaluationId id, long revision) {
        return new StoredForChange<>(KeyEvaluation.AUDIT_TYPE, id.toString(), revision, () -> {
            KeyEvaluationRepository.Stored stored = load(actor, id);
            return new StoredForChange.Found<>(stored.evaluation(), stored.revision());
        }, evaluations::update);
    }

    public boolean canSee(Actor actor, KeyEvaluation evaluation) {
        if (KeyEvaluationAccessPolicy.seesAll(actor)) {
            return true;
        }
        // The owner units matter only to units and departments, and only once accepted: no project lookup otherwise.
        Set<UnitCode> owners = evaluation.getState() == KeyEvaluationState.ACCEPTED ? objects.ownersOf(evaluation.getObject()) : Set.of();
        return KeyEvaluationAccessPolicy.canSee(actor, evaluation, owners, scopes.readScope(actor));
    }
}
