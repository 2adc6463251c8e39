package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.HOUSING_BUREAU;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.YEAR;
import static cn.gov.daxiang.perf.domain.goal.GoalFixtures.goalIn;
import static org.assertj.core.api.Assertions.assertThat;

class OpenLocalWorkTest {

    private final OpenLocalWork openWork = new OpenLocalWork(YEAR);

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"DRAFT", "SUBMITTED", "DEPT_REVIEWED", "FINANCE_REVIEWED", "RETURNED"})
    void aGoalStillOnItsWayIsOpenWork(GoalStatus status) {
        assertThat(openWork.counts(goalIn(status))).isTrue();
        assertThat(OpenLocalWork.openGoalStatuses()).contains(status);
    }

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"APPROVED", "PUBLISHED", "REJECTED"})
    void anApprovedPublishedOrRejectedGoalIsSettledNotOpenWork(GoalStatus status) {
        assertThat(openWork.counts(goalIn(status))).isFalse();
        assertThat(OpenLocalWork.openGoalStatuses()).doesNotContain(status);
    }

    @ParameterizedTest
    @CsvSource({"2023, false", "2024, true", "2025, true"})
    void aProjectOfTheCurrentOrALaterYearIsOpenWork(int year, boolean open) {
        Project project = Project.of(ProjectCode.of("43050324T000000000101"), "项目", HOUSING_BUREAU, FiscalYear.of(year),
                ProjectCategory.SPECIFIC_PURPOSE, List.of(ProjectKind.SPECIAL_BOND), ProjectFunds.of(Money.of("1.00"), Money.ZERO, Money.ZERO));

        assertThat(openWork.counts(project)).isEqualTo(open);
    }
}
