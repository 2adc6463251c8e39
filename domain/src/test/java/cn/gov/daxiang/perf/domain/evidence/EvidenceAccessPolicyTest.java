package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluation;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceAccessPolicyTest {

    private static final UnitCode UNIT = UnitCode.of("105001");
    private static final UnitCode DEPARTMENT = UnitCode.of("105");
    private static final UnitCode OTHER = UnitCode.of("106001");

    private static Actor actor(Role role, UnitCode unit) {
        return new Actor("u", Set.of(role), unit, role == Role.EVALUATOR ? new AgencyId("ZHENRUI") : null, null);
    }

    @Test
    void theUnitItsSupervisingDepartmentAndFinanceMayAttachToAUnitsWork() {
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.UNIT_OPERATOR, UNIT), UNIT, DEPARTMENT)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.DEPT_REVIEWER, DEPARTMENT), UNIT, DEPARTMENT)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.FINANCE_REVIEWER, null), UNIT, DEPARTMENT)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.FINANCE_ADMIN, null), UNIT, DEPARTMENT)).isTrue();
    }

    @Test
    void aDepartmentsOwnWorkIsAttachedToByItsOwnReviewer() {
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.DEPT_REVIEWER, DEPARTMENT), DEPARTMENT, null)).isTrue();
    }

    @Test
    void readersOtherUnitsAndTheDepartmentsOfficeAsAUnitMayNot() {
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.AUDITOR, null), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.SYNC, null), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.EVALUATOR, null), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.UNIT_OPERATOR, OTHER), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.UNIT_OPERATOR, DEPARTMENT), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.DEPT_REVIEWER, UnitCode.of("106")), UNIT, DEPARTMENT)).isFalse();
    }

    private static KeyEvaluation keyEvaluationCommissionedTo(String agency) {
        KeyEvaluation evaluation = KeyEvaluation.plan(KeyEvaluationId.newId(), new KeyEvaluationPlan("重点评价", FiscalYear.of(2024),
                new EvaluationObject.OfProject(ProjectCode.of("43050324T000000000001")), SubjectKind.SPECIAL_BOND, LocalDate.of(2024, 10, 31)),
                ActorId.of("finance"), Instant.EPOCH);
        evaluation.commission(new AgencyId(agency), ActorId.of("finance"), Instant.EPOCH);
        return evaluation;
    }

    @Test
    void aKeyEvaluationsFilesAreAttachedByFinanceAndTheCommissionedAgencyOnlyNeverByUnitsOrOtherAgencies() {
        KeyEvaluation evaluation = keyEvaluationCommissionedTo("ZHENRUI");
        assertThat(EvidenceAccessPolicy.mayAttachToKeyEvaluation(actor(Role.FINANCE_REVIEWER, null), evaluation)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToKeyEvaluation(actor(Role.EVALUATOR, null), evaluation)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToKeyEvaluation(new Actor("o", Set.of(Role.EVALUATOR), null, new AgencyId("OTHERAGENCY"), null),
                evaluation)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToKeyEvaluation(actor(Role.UNIT_OPERATOR, UNIT), evaluation)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToKeyEvaluation(actor(Role.AUDITOR, null), evaluation)).isFalse();
    }

    @Test
    void aPreAssessmentsFilesAreAttachedByTheApplicantItsDepartmentFinanceAndWhileOpenTheCommissionedAgency() {
        Project project = Project.of(ProjectCode.of("43050325T000000000018"), "智慧停车场", UNIT, FiscalYear.of(2025), ProjectCategory.SPECIFIC_PURPOSE,
                List.of(), ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO));
        PreAssessment assessment = PreAssessment.draft(PreAssessmentId.newId(), project, AssessmentPurpose.NEW_PROJECT, Money.of("1000000.00"),
                null, AssessmentCriteriaSet.standard(), ActorId.of("op"), Instant.EPOCH);
        assertThat(EvidenceAccessPolicy.mayAttachToPreAssessment(actor(Role.UNIT_OPERATOR, UNIT), assessment, DEPARTMENT)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToPreAssessment(actor(Role.DEPT_REVIEWER, DEPARTMENT), assessment, DEPARTMENT)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToPreAssessment(actor(Role.UNIT_OPERATOR, OTHER), assessment, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToPreAssessment(actor(Role.EVALUATOR, null), assessment, DEPARTMENT))
                .as("not commissioned").isFalse();
        assessment.submit();
        assessment.takeUp(new AgencyId("ZHENRUI"));
        assertThat(EvidenceAccessPolicy.mayAttachToPreAssessment(actor(Role.EVALUATOR, null), assessment, DEPARTMENT)).isTrue();
    }
}
