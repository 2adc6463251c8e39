package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.application.service.Departments;
import cn.gov.daxiang.perf.application.service.VisiblePreAssessments;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.evidence.EvidenceAccessPolicy;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ex-ante assessments as evidence owners: seen as the assessment is; attached to by the applicant unit, its department,
 * finance and, while it is open, the commissioned agency.
 */
@ApplicationScoped
public class PreAssessmentEvidenceOwner implements EvidenceOwnerResolver {

    private final VisiblePreAssessments assessments;
    private final Departments departments;

    @Inject
    public PreAssessmentEvidenceOwner(VisiblePreAssessments assessments, Departments departments) {
        this.assessments = assessments;
        this.departments = departments;
    }

    @Override
    public EvidenceOwnerType ownerType() {
        return EvidenceOwnerType.PRE_ASSESSMENT;
    }

    @Override
    public VisibleEvidenceOwner resolve(Actor actor, String ownerId) {
        PreAssessment assessment = assessments.load(actor, PreAssessmentId.parse(ownerId)).assessment();
        return VisibleEvidenceOwner.attachable(EvidenceAccessPolicy.mayAttachToPreAssessment(actor, assessment,
                departments.departmentOf(assessment.getUnitCode())));
    }
}
