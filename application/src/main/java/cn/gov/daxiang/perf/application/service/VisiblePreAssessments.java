package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentAccessPolicy;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Loads assessments only if the actor may see them (not found otherwise), for reading or for a change. */
@ApplicationScoped
public class VisiblePreAssessments {

    private final PreAssessmentRepository assessments;
    private final DataScopes scopes;

    @Inject
    public VisiblePreAssessments(PreAssessmentRepository assessments, DataScopes scopes) {
        this.assessments = assessments;
        this.scopes = scopes;
    }

    public PreAssessmentRepository.Stored load(Actor actor, PreAssessmentId id) {
        PreAssessmentRepository.Stored stored = assessments.findById(id).orElseThrow(() -> new PreAssessmentNotFoundException(id));
        if (!PreAssessmentAccessPolicy.canSee(actor, stored.assessment(), scopes.readScope(actor))) {
            throw new PreAssessmentNotFoundException(id);
        }
        return stored;
    }

    /** For the change pipeline: visible first (404), then the policy (403), then the revision (412). */
    public StoredForChange<PreAssessment> forChange(Actor actor, PreAssessmentId id, long revision) {
        return new StoredForChange<>(PreAssessment.AUDIT_TYPE, id.toString(), revision, () -> {
            PreAssessmentRepository.Stored stored = load(actor, id);
            return new StoredForChange.Found<>(stored.assessment(), stored.revision());
        }, assessments::update);
    }
}
