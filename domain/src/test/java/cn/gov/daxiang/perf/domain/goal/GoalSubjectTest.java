package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalSubjectTest {

    private static final UnitCode CENTRE = UnitCode.of("108002");
    private static final Project RENOVATION = Project.of(ProjectCode.of("43050324T000000000101"), "老旧小区改造", CENTRE,
            FiscalYear.of(2024), ProjectCategory.SPECIFIC_PURPOSE, List.of(), ProjectFunds.of(Money.of(100), Money.ZERO, Money.ZERO));

    @Test
    void aUnitDeclaresGoalsForItsOwnProjectsOfTheSameYear() {
        GoalSubject.requireConsistent(GoalKind.PROJECT, FiscalYear.of(2024), CENTRE, RENOVATION);
        assertThat(GoalSubject.key(GoalKind.PROJECT, CENTRE, RENOVATION.getCode())).isEqualTo("43050324T000000000101");
        assertThat(GoalSubject.key(GoalKind.DEPARTMENT_OVERALL, CENTRE, null)).isEqualTo("108002");
    }

    @Test
    void anotherUnitsProjectIsRefused() {
        assertThatThrownBy(() -> GoalSubject.requireConsistent(GoalKind.PROJECT, FiscalYear.of(2024), UnitCode.of("105002"), RENOVATION))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("GOAL_PROJECT_OF_ANOTHER_UNIT"));
    }

    @Test
    void aProjectOfAnotherYearIsRefused() {
        assertThatThrownBy(() -> GoalSubject.requireConsistent(GoalKind.TRANSFER_PAYMENT, FiscalYear.of(2025), CENTRE, RENOVATION))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("GOAL_YEAR_DIFFERS_FROM_PROJECT"));
    }
}
