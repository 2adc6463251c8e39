package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.sync.LocalWorkLookup;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.OpenLocalWork;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.SISTER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.STRANGER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.givenUnits;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.goalIn;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link LocalWorkLookup} finds: {@link OpenLocalWork} case by case, and the projects goals hang on. */
public abstract class LocalWorkLookupContract {

    private static final FiscalYear CURRENT = FiscalYear.of(2024);
    private static final FiscalYear LAST_YEAR = FiscalYear.of(2023);

    protected abstract LocalWorkLookup localWork();

    protected abstract GoalRepository goals();

    protected abstract ProjectRepository projects();

    protected abstract BudgetUnitRepository units();

    protected void stored() {
    }

    @ParameterizedTest
    @EnumSource(GoalStatus.class)
    void aUnitWithAGoalHasOpenWorkExactlyWhileTheGoalIsOpen(GoalStatus status) {
        givenUnits(units());
        PerformanceGoal goal = goalIn(status, GoalKind.DEPARTMENT_OVERALL, LAST_YEAR, UNIT, null);
        goals().add(goal);
        stored();
        OpenLocalWork openWork = new OpenLocalWork(CURRENT);

        assertThat(openWork.counts(goal)).isEqualTo(OpenLocalWork.openGoalStatuses().contains(status));
        assertThat(localWork().unitsWithOpenWork(List.of(UNIT, SISTER), openWork)).isEqualTo(openWork.counts(goal) ? Set.of(UNIT) : Set.of());
    }

    @ParameterizedTest
    @ValueSource(ints = {2022, 2023, 2024, 2025})
    void aUnitWithAProjectOfTheCurrentOrALaterYearHasOpenWork(int year) {
        givenUnits(units());
        Project project = project(projects(), 1, UNIT, FiscalYear.of(year), ProjectCategory.OPERATION);
        stored();
        OpenLocalWork openWork = new OpenLocalWork(CURRENT);

        assertThat(openWork.counts(project)).isEqualTo(year >= 2024);
        assertThat(localWork().unitsWithOpenWork(List.of(UNIT, STRANGER), openWork)).isEqualTo(openWork.counts(project) ? Set.of(UNIT) : Set.of());
    }

    @Test
    void aProjectHasLocalWorkWhenAGoalHangsOnItWhateverItsState() {
        givenUnits(units());
        Project withGoal = project(projects(), 1, UNIT, LAST_YEAR, ProjectCategory.OPERATION);
        Project without = project(projects(), 2, UNIT, LAST_YEAR, ProjectCategory.OPERATION);
        goals().add(goalIn(GoalStatus.REJECTED, GoalKind.PROJECT, LAST_YEAR, UNIT, withGoal.getCode()));
        stored();

        assertThat(localWork().projectsWithLocalWork(List.of(withGoal.getCode(), without.getCode()))).containsExactly(withGoal.getCode());
    }
}
