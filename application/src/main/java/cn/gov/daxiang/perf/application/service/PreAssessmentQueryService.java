package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.preassessment.AssessmentCriteriaQuery;
import cn.gov.daxiang.perf.application.port.in.preassessment.FindPreAssessmentQuery;
import cn.gov.daxiang.perf.application.port.in.preassessment.ListPreAssessmentsQuery;
import cn.gov.daxiang.perf.application.port.in.preassessment.PreAssessmentDetails;
import cn.gov.daxiang.perf.application.port.out.AssessmentCriteriaRepository;
import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class PreAssessmentQueryService implements FindPreAssessmentQuery, ListPreAssessmentsQuery, AssessmentCriteriaQuery {

    private final PreAssessmentRepository assessments;
    private final AssessmentCriteriaRepository criteria;
    private final VisiblePreAssessments visible;
    private final DataScopes scopes;

    @Inject
    public PreAssessmentQueryService(PreAssessmentRepository assessments, AssessmentCriteriaRepository criteria,
                                     VisiblePreAssessments visible, DataScopes scopes) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.visible = visible;
        this.scopes = scopes;
    }

    @Override
    public PreAssessmentDetails findPreAssessment(Actor actor, PreAssessmentId id) {
        PreAssessmentRepository.Stored stored = visible.load(actor, id);
        return new PreAssessmentDetails(stored.assessment(), stored.revision());
    }

    /** The units of the actor's read scope (all for finance and auditors) and, for an evaluator, its agency's commissions. */
    @Override
    public Page<PreAssessmentDetails> listPreAssessments(Actor actor, PreAssessmentCriteria filter, Paging paging) {
        AgencyId agency = actor.has(Role.EVALUATOR) ? actor.agency() : null;
        return assessments.find(filter, scopes.readScope(actor), agency, paging)
                .map(s -> new PreAssessmentDetails(s.assessment(), s.revision()));
    }

    @Override
    public AssessmentCriteriaSet currentAssessmentCriteria(Actor actor) {
        return criteria.findCurrent().orElseGet(AssessmentCriteriaSet::standard);
    }
}
