package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalAccessPolicyTest {

    private static final UnitCode HOUSING = UnitCode.of("108001");
    private static final UnitCode CENTRE = UnitCode.of("108002");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");

    private static Actor actor(Role role, UnitCode unit, AgencyId agency) {
        return new Actor("u", Set.of(role), unit, agency, null);
    }

    @Test
    void onlyTheGoalsOwnUnitWritesIt() {
        GoalAccessPolicy.requireUnitOf(actor(Role.UNIT_OPERATOR, CENTRE, null), CENTRE, "edit-goal");
        assertThatThrownBy(() -> GoalAccessPolicy.requireUnitOf(actor(Role.UNIT_OPERATOR, KINDERGARTEN, null), CENTRE, "edit-goal"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> GoalAccessPolicy.requireUnitOf(actor(Role.FINANCE_ADMIN, null, null), CENTRE, "edit-goal"))
                .as("finance reviews goals; it does not write units' goals").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSupervisingDepartmentReviewsItsUnitsAndADepartmentItsOwnGoals() {
        GoalAccessPolicy.requireDepartmentReviewer(actor(Role.DEPT_REVIEWER, HOUSING, null), CENTRE, HOUSING, "review");
        GoalAccessPolicy.requireDepartmentReviewer(actor(Role.DEPT_REVIEWER, HOUSING, null), HOUSING, null, "review");
        assertThatThrownBy(() -> GoalAccessPolicy.requireDepartmentReviewer(actor(Role.DEPT_REVIEWER, UnitCode.of("105001"), null), CENTRE, HOUSING, "review"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void returnsBelongToTheDepartmentBeforeItsReviewAndToFinanceAfter() {
        GoalActionPolicy.require(actor(Role.DEPT_REVIEWER, HOUSING, null), GoalAction.RETURN, GoalStatus.SUBMITTED, CENTRE, HOUSING, "return-goal");
        GoalActionPolicy.require(actor(Role.FINANCE_REVIEWER, null, null), GoalAction.RETURN, GoalStatus.DEPT_REVIEWED, CENTRE, HOUSING, "return-goal");
        assertThatThrownBy(() -> GoalActionPolicy.require(actor(Role.DEPT_REVIEWER, HOUSING, null), GoalAction.RETURN, GoalStatus.DEPT_REVIEWED,
                CENTRE, HOUSING, "return-goal"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEvaluatorSeesOnlyGoalsWhoseReviewIsAssignedToItsAgency() {
        Actor zhenrui = actor(Role.EVALUATOR, null, new AgencyId("ZHENRUI"));
        assertThat(GoalAccessPolicy.canSee(zhenrui, CENTRE, DataScope.none(), new AgencyId("ZHENRUI"))).isTrue();
        assertThat(GoalAccessPolicy.canSee(zhenrui, CENTRE, DataScope.none(), new AgencyId("OTHER"))).isFalse();
        assertThat(GoalAccessPolicy.canSee(zhenrui, CENTRE, DataScope.none(), null)).isFalse();
    }

    @Test
    void unitsAndDepartmentsSeeTheGoalsOfTheirScope() {
        assertThat(GoalAccessPolicy.canSee(actor(Role.UNIT_OPERATOR, KINDERGARTEN, null), CENTRE, DataScope.of(Set.of(KINDERGARTEN)), null)).isFalse();
        assertThat(GoalAccessPolicy.canSee(actor(Role.UNIT_OPERATOR, CENTRE, null), CENTRE, DataScope.of(Set.of(CENTRE)), null)).isTrue();
    }
}
