package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.GoalReviewAssignmentRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssignment;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.LiveGoal;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.ApprovedIndicatorSample;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.SimilarProject;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.DEPARTMENT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.SISTER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.STRANGER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.YEAR;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.draft;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.driveTo;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.goalIn;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.givenUnits;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link GoalRepository} does, whatever stores the goals: the rules {@link LiveGoal} and
 * {@link SimilarProject} case by case, the revision check, the visibility of a find. A subclass supplies the
 * implementation; a test that writes after a refusal never does, since a database session is spoilt by it.
 */
public abstract class GoalRepositoryContract {

    protected abstract GoalRepository goals();

    protected abstract ProjectRepository projects();

    protected abstract BudgetUnitRepository units();

    protected abstract GoalReviewAssignmentRepository assignments();

    /** Makes everything written so far read back from where it is stored (a database: flush and clear the session). */
    protected void stored() {
    }

    private Project givenUnitsAndAProject() {
        givenUnits(units());
        return project(projects(), 1, UNIT, YEAR, ProjectCategory.SPECIFIC_PURPOSE);
    }

    // --- LiveGoal --------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void aGoalHoldsItsSubjectAsTheLiveGoalExactlyWhenItsStatusIsLive(GoalStatus status) {
        Project project = givenUnitsAndAProject();
        PerformanceGoal goal = goalIn(status, GoalKind.PROJECT, YEAR, UNIT, project.getCode());
        goals().add(goal);
        stored();
        LiveGoal subject = LiveGoal.of(goal);

        assertThat(goals().findLive(subject).isPresent()).isEqualTo(LiveGoal.isLive(status));
        assertThat(goals().findLiveSubjectKeys(GoalKind.PROJECT, YEAR, List.of(subject.subjectKey(), "771999")))
                .isEqualTo(LiveGoal.isLive(status) ? Set.of(subject.subjectKey()) : Set.of());
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void aSecondGoalOfTheSubjectIsRefusedExactlyWhileTheFirstIsLive(GoalStatus status) {
        Project project = givenUnitsAndAProject();
        goals().add(goalIn(status, GoalKind.PROJECT, YEAR, UNIT, project.getCode()));
        stored();
        PerformanceGoal second = draft(GoalKind.PROJECT, YEAR, UNIT, project.getCode());

        if (LiveGoal.isLive(status)) {
            assertThatThrownBy(() -> goals().add(second)).isInstanceOfSatisfying(AlreadyExistsException.class,
                    e -> assertThat(e.arguments()).containsEntry("subject", project.getCode().value()).containsEntry("goalId", "?"));
        } else {
            goals().add(second);
            stored();
            assertThat(goals().findLive(LiveGoal.of(second))).contains(second.getId());
        }
    }

    @Test
    void aGoalRejectedByAChangeFreesItsSubject() {
        Project project = givenUnitsAndAProject();
        PerformanceGoal first = draft(GoalKind.PROJECT, YEAR, UNIT, project.getCode());
        long revision = goals().add(first);
        driveTo(first, GoalStatus.REJECTED);
        goals().update(first, revision);
        stored();

        PerformanceGoal second = draft(GoalKind.PROJECT, YEAR, UNIT, project.getCode());
        goals().add(second);
        stored();

        assertThat(goals().findLive(LiveGoal.of(second))).contains(second.getId());
    }

    @Test
    void liveGoalsOfAnotherKindYearOrSubjectLeaveTheSubjectFree() {
        givenUnits(units());
        goals().add(draft(GoalKind.DEPARTMENT_OVERALL, YEAR, UNIT, null));
        goals().add(draft(GoalKind.DEPARTMENT_OVERALL, FiscalYear.of(2025), SISTER, null));
        stored();

        assertThat(goals().findLive(LiveGoal.of(GoalKind.DEPARTMENT_OVERALL, YEAR, UNIT, null))).isPresent();
        assertThat(goals().findLive(LiveGoal.of(GoalKind.DEPARTMENT_OVERALL, YEAR, SISTER, null))).isEmpty();
        assertThat(goals().findLive(LiveGoal.of(GoalKind.DEPARTMENT_OVERALL, FiscalYear.of(2025), UNIT, null))).isEmpty();
        assertThat(goals().findLive(new LiveGoal(GoalKind.TRANSFER_PAYMENT, YEAR, UNIT.value()))).isEmpty();
    }

    // --- SimilarProject --------------------------------------------------------------------------

    /** Each way a sample project can stand to the planned one (a project of UNIT, specific-purpose, supervised by DEPARTMENT). */
    enum Sample {
        OF_THE_SAME_CATEGORY_ELSEWHERE(STRANGER, ProjectCategory.SPECIFIC_PURPOSE, true),
        OF_THE_SAME_UNIT(UNIT, ProjectCategory.OPERATION, true),
        OF_A_SISTER_UNIT(SISTER, ProjectCategory.OPERATION, true),
        OF_THE_DEPARTMENT_ITSELF(DEPARTMENT, ProjectCategory.OPERATION, true),
        UNRELATED(STRANGER, ProjectCategory.OPERATION, false),
        THE_PLANNED_PROJECT(UNIT, ProjectCategory.SPECIFIC_PURPOSE, false);

        final UnitCode unit;
        final ProjectCategory category;
        final boolean similar;

        Sample(UnitCode unit, ProjectCategory category, boolean similar) {
            this.unit = unit;
            this.category = category;
            this.similar = similar;
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theApprovedIndicatorsOfExactlyTheSimilarProjectsAreSamples(Sample sample) {
        givenUnits(units());
        Project planned = project(projects(), 1, UNIT, YEAR, ProjectCategory.SPECIFIC_PURPOSE);
        Project other = sample == Sample.THE_PLANNED_PROJECT ? planned : project(projects(), 2, sample.unit, YEAR, sample.category);
        PerformanceGoal approved = goalIn(GoalStatus.APPROVED, GoalKind.PROJECT, YEAR, other.getUnitCode(), other.getCode());
        goals().add(approved);
        stored();
        SimilarProject similar = new SimilarProject(ProjectCategory.SPECIFIC_PURPOSE, DEPARTMENT, UNIT, planned.getCode());
        UnitCode sampleDepartment = units().findByCode(other.getUnitCode()).orElseThrow().getSupervisingDepartment().orElse(null);

        List<ApprovedIndicatorSample> samples = goals().approvedIndicatorSamples(similar, 100);

        assertThat(similar.matches(other.getCode(), other.getCategory(), other.getUnitCode(), sampleDepartment)).isEqualTo(sample.similar);
        assertThat(samples).extracting(s -> s.indicator().id())
                .isEqualTo(sample.similar ? approved.getContent().indicators().stream().map(Indicator::id).toList() : List.of());
        assertThat(samples).allSatisfy(s -> {
            assertThat(s.unitCode()).isEqualTo(other.getUnitCode());
            assertThat(s.department()).isEqualTo(sampleDepartment == null ? other.getUnitCode() : sampleDepartment);
            assertThat(s.projectCategory()).isEqualTo(other.getCategory());
            assertThat(s.fiscalYear()).isEqualTo(YEAR);
        });
    }

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"APPROVED", "PUBLISHED"}, mode = EnumSource.Mode.EXCLUDE)
    void aSimilarProjectsGoalWithoutAnApprovedVersionGivesNoSamples(GoalStatus status) {
        givenUnits(units());
        Project planned = project(projects(), 1, UNIT, YEAR, ProjectCategory.SPECIFIC_PURPOSE);
        Project sister = project(projects(), 2, SISTER, YEAR, ProjectCategory.SPECIFIC_PURPOSE);
        goals().add(goalIn(status, GoalKind.PROJECT, YEAR, SISTER, sister.getCode()));
        stored();

        assertThat(goals().approvedIndicatorSamples(new SimilarProject(ProjectCategory.SPECIFIC_PURPOSE, DEPARTMENT, UNIT, planned.getCode()), 100))
                .isEmpty();
    }

    @Test
    void samplesComeNewestGoalFirstInTheirOrderUpToTheLimit() {
        givenUnits(units());
        Project planned = project(projects(), 1, UNIT, YEAR, ProjectCategory.SPECIFIC_PURPOSE);
        Project older = project(projects(), 2, SISTER, YEAR, ProjectCategory.OPERATION);
        Project newer = project(projects(), 3, SISTER, YEAR, ProjectCategory.OPERATION);
        PerformanceGoal first = goalIn(GoalStatus.APPROVED, GoalKind.PROJECT, YEAR, SISTER, older.getCode());
        PerformanceGoal second = goalIn(GoalStatus.PUBLISHED, GoalKind.PROJECT, YEAR, SISTER, newer.getCode());
        goals().add(first);
        goals().add(second);
        stored();

        List<ApprovedIndicatorSample> samples = goals().approvedIndicatorSamples(
                new SimilarProject(ProjectCategory.SPECIFIC_PURPOSE, DEPARTMENT, UNIT, planned.getCode()), 5);

        List<Indicator> expected = new java.util.ArrayList<>(second.getContent().indicators());
        expected.add(first.getContent().indicators().get(0));
        assertThat(samples).extracting(s -> s.indicator().id()).isEqualTo(expected.stream().map(Indicator::id).toList());
    }

    // --- revisions and reading -------------------------------------------------------------------

    @Test
    void aGoalStartsAtRevisionZeroAndEveryChangeMovesItOnByOne() {
        Project project = givenUnitsAndAProject();
        PerformanceGoal goal = draft(GoalKind.PROJECT, YEAR, UNIT, project.getCode());

        assertThat(goals().add(goal)).isZero();
        driveTo(goal, GoalStatus.SUBMITTED);
        assertThat(goals().update(goal, 0)).isEqualTo(1);
        goal.passDepartmentReview(null, "dept", ContractFixtures.T);
        assertThat(goals().update(goal, 1)).isEqualTo(2);
        stored();

        GoalRepository.Stored read = goals().findById(goal.getId()).orElseThrow();
        assertThat(read.revision()).isEqualTo(2);
        assertThat(read.goal().getStatus()).isEqualTo(GoalStatus.DEPT_REVIEWED);
        assertThat(read.goal().getContent()).isEqualTo(goal.getContent());
    }

    @Test
    void aChangeFromAStaleRevisionIsRefusedNamingBothRevisions() {
        Project project = givenUnitsAndAProject();
        PerformanceGoal goal = draft(GoalKind.PROJECT, YEAR, UNIT, project.getCode());
        goals().add(goal);
        driveTo(goal, GoalStatus.SUBMITTED);
        goals().update(goal, 0);
        stored();

        assertThatThrownBy(() -> goals().update(goal, 0)).isInstanceOfSatisfying(StaleRevisionException.class, e -> {
            assertThat(e.code()).isEqualTo("REVISION_STALE");
            assertThat(e.arguments()).containsEntry("objectType", PerformanceGoal.AUDIT_TYPE)
                    .containsEntry("objectId", goal.getId().toString()).containsEntry("expected", 0L).containsEntry("current", 1L);
        });
    }

    @Test
    void aChangeMadeAfterSavingIsNotStoredUntilSavedAgain() {
        Project project = givenUnitsAndAProject();
        PerformanceGoal goal = draft(GoalKind.PROJECT, YEAR, UNIT, project.getCode());
        goals().add(goal);
        stored();
        driveTo(goal, GoalStatus.SUBMITTED);

        assertThat(goals().findById(goal.getId()).orElseThrow().goal().getStatus()).isEqualTo(GoalStatus.DRAFT);
    }

    @Test
    void aFindShowsTheGoalsOfTheScopeAndThoseAssignedToTheAgencyNewestFirst() {
        givenUnits(units());
        PerformanceGoal own = draft(GoalKind.DEPARTMENT_OVERALL, YEAR, UNIT, null);
        PerformanceGoal assigned = draft(GoalKind.DEPARTMENT_OVERALL, YEAR, STRANGER, null);
        PerformanceGoal hidden = draft(GoalKind.DEPARTMENT_OVERALL, YEAR, SISTER, null);
        goals().add(own);
        goals().add(assigned);
        goals().add(hidden);
        AgencyId agency = new AgencyId("agency-771");
        assignments().save(new GoalReviewAssignment(assigned.getId(), agency, "finance", ContractFixtures.T));
        stored();
        DataScope unitOnly = DataScope.of(Set.of(UNIT));

        assertThat(goals().find(GoalCriteria.any(), unitOnly, agency, Paging.first()).items()).extracting(s -> s.goal().getId())
                .containsExactly(assigned.getId(), own.getId());
        assertThat(goals().find(GoalCriteria.any(), unitOnly, agency, Paging.first()).items()).extracting(GoalRepository.Stored::reviewAgency)
                .containsExactly(agency, null);
        assertThat(goals().find(GoalCriteria.any(), unitOnly, null, Paging.first()).items()).extracting(s -> s.goal().getId())
                .containsExactly(own.getId());
        assertThat(goals().find(GoalCriteria.any(), DataScope.none(), null, Paging.first()).total()).isZero();
        assertThat(goals().find(new GoalCriteria(YEAR, null, GoalKind.DEPARTMENT_OVERALL, GoalStatus.DRAFT, null),
                DataScope.of(Set.of(UNIT, SISTER, STRANGER)), null, new Paging(1, 2)).total()).isEqualTo(3);
    }

    @Test
    void theApprovedSubjectsOfAYearAreThoseOfGoalsWithAnApprovedVersion() {
        givenUnits(units());
        goals().add(goalIn(GoalStatus.APPROVED, GoalKind.DEPARTMENT_OVERALL, YEAR, UNIT, null));
        goals().add(goalIn(GoalStatus.FINANCE_REVIEWED, GoalKind.DEPARTMENT_OVERALL, YEAR, SISTER, null));
        goals().add(goalIn(GoalStatus.PUBLISHED, GoalKind.DEPARTMENT_OVERALL, FiscalYear.of(2025), STRANGER, null));
        stored();

        assertThat(goals().approvedSubjects(YEAR)).filteredOn(s -> s.unitCode().value().startsWith("77"))
                .extracting(s -> s.unitCode()).containsExactly(UNIT);
    }
}
