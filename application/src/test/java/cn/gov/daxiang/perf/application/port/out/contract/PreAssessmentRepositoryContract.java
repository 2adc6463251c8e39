package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.PreAssessmentRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.preassessment.CriterionScore;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentState;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.STRANGER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.T;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.givenUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link PreAssessmentRepository} does: an assessment comes back as stored (criteria, scores, conclusion);
 * a project has at most one open assessment; lists are filtered by scope or commissioned agency, newest first.
 */
public abstract class PreAssessmentRepositoryContract {

    private static final AgencyId AGENCY = new AgencyId("CONTRACT771");
    private static final FiscalYear YEAR = FiscalYear.of(2026);

    protected abstract PreAssessmentRepository assessments();

    protected abstract ProjectRepository projects();

    protected abstract BudgetUnitRepository units();

    protected void stored() {
    }

    private Project project(int n, cn.gov.daxiang.perf.domain.budgetunit.UnitCode unit) {
        return ContractFixtures.project(projects(), n, unit, YEAR, ProjectCategory.SPECIFIC_PURPOSE);
    }

    private static PreAssessment draft(Project project) {
        return PreAssessment.draft(PreAssessmentId.newId(), project, AssessmentPurpose.NEW_PROJECT, Money.of("1000000.00"),
                "契约测试", AssessmentCriteriaSet.standard(), ActorId.of("operator"), T);
    }

    private static List<CriterionScore> scores() {
        return AssessmentCriteriaSet.standardCriteria().stream().map(c -> CriterionScore.of(c.code(), "17.25", c.label() + "意见")).toList();
    }

    @Test
    void anAssessmentComesBackWithItsCriteriaScoresAgencyAndConclusion() {
        givenUnits(units());
        PreAssessment a = draft(project(1, UNIT));
        long first = assessments().add(a);
        a.submit();
        a.takeUp(AGENCY);
        a.score(scores());
        a.conclude(AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, Money.of("800000.00"), "调整后支持", ActorId.of("finance"),
                Instant.parse("2026-01-05T03:04:05Z"));
        long second = assessments().update(a, first);
        stored();

        assertThat(second).isGreaterThan(first);
        PreAssessmentRepository.Stored back = assessments().findById(a.getId()).orElseThrow();
        assertThat(back.revision()).isEqualTo(second);
        PreAssessment b = back.assessment();
        assertThat(b.getState()).isEqualTo(PreAssessmentState.CONCLUDED);
        assertThat(b.getCriteria()).isEqualTo(a.getCriteria());
        assertThat(b.getScores()).isEqualTo(a.getScores());
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.getAgency()).contains(AGENCY);
        assertThat(b.getConclusion()).contains(AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT);
        assertThat(b.getAssessedAmount()).contains(Money.of("800000.00"));
        assertThat(b.getConcludedAt()).contains(Instant.parse("2026-01-05T03:04:05Z"));
        assertThat(b.getSummary()).contains("契约测试");
        assertThat(b.getDraftedAt()).isEqualTo(T);
        assertThat(b.auditSnapshot()).isEqualTo(a.auditSnapshot());
    }

    @Test
    void aProjectHasAtMostOneOpenAssessmentAndAConcludedOneMakesRoomForTheNext() {
        givenUnits(units());
        Project project = project(2, UNIT);
        PreAssessment open = draft(project);
        long revision = assessments().add(open);
        stored();
        assertThat(assessments().findOpenByProject(project.getCode())).contains(open.getId());

        open.submit();
        open.takeUp(null);
        open.score(scores());
        open.conclude(AssessmentConclusion.NOT_SUPPORTED, null, "不予支持", ActorId.of("finance"), T);
        assessments().update(open, revision);
        PreAssessment next = draft(project);
        assessments().add(next);
        stored();

        assertThat(assessments().findOpenByProject(project.getCode())).contains(next.getId());
        assertThat(assessments().findByProject(project.getCode())).extracting(PreAssessment::getId)
                .containsExactlyInAnyOrder(open.getId(), next.getId());
    }

    @Test
    void aSecondOpenAssessmentOfAProjectIsRefused() {
        givenUnits(units());
        Project project = project(7, UNIT);
        assessments().add(draft(project));
        stored();
        assertThatThrownBy(() -> {
            assessments().add(draft(project));
            stored();
        }).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("PRE_ASSESSMENT_ALREADY_OPEN");
    }

    @Test
    void aChangeFromAnOldRevisionIsRefused() {
        givenUnits(units());
        PreAssessment a = draft(project(3, UNIT));
        long revision = assessments().add(a);
        a.submit();
        assessments().update(a, revision);
        stored();
        PreAssessment again = assessments().findById(a.getId()).orElseThrow().assessment();
        again.returnToUnit("退回");
        assertThatThrownBy(() -> assessments().update(again, revision)).isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void listsHoldTheScopesUnitsAndTheAgencysCommissionsNewestFirstFilteredAsAsked() {
        givenUnits(units());
        PreAssessment mine = draft(project(4, UNIT));
        PreAssessment strangers = draft(project(5, STRANGER));
        PreAssessment commissioned = draft(project(6, STRANGER));
        assessments().add(mine);
        assessments().add(strangers);
        long revision = assessments().add(commissioned);
        commissioned.submit();
        commissioned.takeUp(AGENCY);
        assessments().update(commissioned, revision);
        stored();

        PreAssessmentCriteria ofYear = new PreAssessmentCriteria(YEAR, null, null, null);
        assertThat(assessments().find(ofYear, DataScope.of(Set.of(UNIT)), null, Paging.first()).items())
                .extracting(s -> s.assessment().getId()).containsExactly(mine.getId());
        assertThat(assessments().find(ofYear, DataScope.none(), AGENCY, Paging.first()).items())
                .extracting(s -> s.assessment().getId()).containsExactly(commissioned.getId());
        assertThat(assessments().find(ofYear, DataScope.none(), new AgencyId("NOBODY771"), Paging.first()).items()).isEmpty();
        assertThat(assessments().find(ofYear, DataScope.of(Set.of(UNIT, STRANGER)), null, Paging.first()).items())
                .extracting(s -> s.assessment().getId()).containsExactly(commissioned.getId(), strangers.getId(), mine.getId());
        assertThat(assessments().find(new PreAssessmentCriteria(YEAR, null, PreAssessmentState.UNDER_REVIEW, null), DataScope.all(), null,
                Paging.first()).items()).extracting(s -> s.assessment().getId()).containsExactly(commissioned.getId());
        assertThat(assessments().find(new PreAssessmentCriteria(null, strangers.getProjectCode(), null, null), DataScope.all(), null,
                Paging.first()).items()).extracting(s -> s.assessment().getId()).containsExactly(strangers.getId());
        assertThat(assessments().find(new PreAssessmentCriteria(YEAR, null, null, AssessmentConclusion.SUPPORT), DataScope.all(), null,
                Paging.first()).total()).isZero();
    }
}
