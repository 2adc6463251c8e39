package cn.gov.daxiang.perf.domain.review;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationAccessPolicyTest {

    private static final UnitCode HOUSING = UnitCode.of("108001");
    private static final UnitCode CENTRE = UnitCode.of("108002");
    private static final UnitCode EDUCATION = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");

    private static Actor actor(Role role, UnitCode unit) {
        return new Actor("u", Set.of(role), unit, role == Role.EVALUATOR ? new AgencyId("ZHENRUI") : null, null);
    }

    @Test
    void onlyTheOwnerUnitsOperatorFillsAndSubmits() {
        assertThatCode(() -> EvaluationAccessPolicy.requireUnitOf(actor(Role.UNIT_OPERATOR, CENTRE), CENTRE, "fill")).doesNotThrowAnyException();
        for (Actor other : List.of(actor(Role.UNIT_OPERATOR, KINDERGARTEN), actor(Role.DEPT_REVIEWER, HOUSING),
                actor(Role.FINANCE_ADMIN, null), actor(Role.AUDITOR, null))) {
            assertThatThrownBy(() -> EvaluationAccessPolicy.requireUnitOf(other, CENTRE, "fill")).as(other.roles().toString())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReviewAction.class, names = {"DEPT_APPROVE", "DEPT_RETURN"})
    void departmentStepsBelongToTheSupervisingDepartmentOrToADepartmentsOwnReviewer(ReviewAction step) {
        assertThatCode(() -> EvaluationAccessPolicy.requireReviewer(actor(Role.DEPT_REVIEWER, HOUSING), step, CENTRE, HOUSING, "review"))
                .doesNotThrowAnyException();
        assertThatCode(() -> EvaluationAccessPolicy.requireReviewer(actor(Role.DEPT_REVIEWER, HOUSING), step, HOUSING, null, "review"))
                .as("a department's own submission").doesNotThrowAnyException();
        assertThatThrownBy(() -> EvaluationAccessPolicy.requireReviewer(actor(Role.DEPT_REVIEWER, EDUCATION), step, CENTRE, HOUSING, "review"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> EvaluationAccessPolicy.requireReviewer(actor(Role.FINANCE_ADMIN, null), step, CENTRE, HOUSING, "review"))
                .as("finance does not take the department's step").isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ReviewAction.class, names = {"FINANCE_APPROVE", "FINANCE_RETURN"})
    void financeStepsBelongToFinanceReviewersAndAdministrators(ReviewAction step) {
        for (Role finance : List.of(Role.FINANCE_REVIEWER, Role.FINANCE_ADMIN)) {
            assertThatCode(() -> EvaluationAccessPolicy.requireReviewer(actor(finance, null), step, CENTRE, HOUSING, "review"))
                    .doesNotThrowAnyException();
        }
        for (Actor other : List.of(actor(Role.DEPT_REVIEWER, HOUSING), actor(Role.AUDITOR, null), actor(Role.SYNC, null))) {
            assertThatThrownBy(() -> EvaluationAccessPolicy.requireReviewer(other, step, CENTRE, HOUSING, "review"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void fundsRoundsAndCampaignsAreFinancesAndConfigurationIsTheAdministratorsAlone() {
        assertThatCode(() -> EvaluationAccessPolicy.requireFinance(actor(Role.FINANCE_REVIEWER, null), "decide-funds")).doesNotThrowAnyException();
        assertThatThrownBy(() -> EvaluationAccessPolicy.requireFinance(actor(Role.AUDITOR, null), "decide-funds"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> EvaluationAccessPolicy.requireConfigurationAdmin(actor(Role.FINANCE_ADMIN, null), "configure")).doesNotThrowAnyException();
        assertThatThrownBy(() -> EvaluationAccessPolicy.requireConfigurationAdmin(actor(Role.FINANCE_REVIEWER, null), "configure"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> EvaluationAccessPolicy.requireScoreChecker(actor(Role.AUDITOR, null), "check")).doesNotThrowAnyException();
        assertThatThrownBy(() -> EvaluationAccessPolicy.requireScoreChecker(actor(Role.UNIT_OPERATOR, CENTRE), "check"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unitsSeeTheirOwnWorkDepartmentsTheirUnitsAndCampaignsOnlyWhereTheyAreAddressed() {
        DataScope centre = DataScope.of(Set.of(CENTRE));
        DataScope housing = DataScope.of(Set.of(HOUSING, CENTRE));
        assertThat(EvaluationAccessPolicy.canSee(CENTRE, centre)).isTrue();
        assertThat(EvaluationAccessPolicy.canSee(KINDERGARTEN, housing)).isFalse();

        Actor centreOperator = actor(Role.UNIT_OPERATOR, CENTRE);
        assertThat(EvaluationAccessPolicy.canSeeCampaign(centreOperator, List.of(CENTRE, KINDERGARTEN), centre)).isTrue();
        assertThat(EvaluationAccessPolicy.canSeeCampaign(centreOperator, List.of(KINDERGARTEN), centre)).isFalse();
        assertThat(EvaluationAccessPolicy.canSeeCampaignLine(centreOperator, KINDERGARTEN, centre)).as("another unit's line").isFalse();
        assertThat(EvaluationAccessPolicy.canSeeCampaignLine(actor(Role.AUDITOR, null), KINDERGARTEN, DataScope.all())).isTrue();
        assertThat(EvaluationAccessPolicy.canSeeCampaign(actor(Role.EVALUATOR, null), List.of(CENTRE), DataScope.none())).isFalse();
    }
}
