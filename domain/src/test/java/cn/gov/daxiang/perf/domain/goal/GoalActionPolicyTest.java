package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalActionPolicyTest {

    private static final UnitCode HOUSING = UnitCode.of("108001");
    private static final UnitCode CENTRE = UnitCode.of("108002");
    private static final UnitCode OTHER = UnitCode.of("105002");

    /** Every role; a unit-scoped one at the goal's unit, at its department and at another unit. */
    static Stream<Actor> actors() {
        List<Actor> actors = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role == Role.UNIT_OPERATOR || role == Role.DEPT_REVIEWER) {
                for (UnitCode unit : List.of(CENTRE, HOUSING, OTHER)) {
                    actors.add(actor(role, unit));
                }
            } else {
                actors.add(actor(role, null));
            }
        }
        return actors.stream();
    }

    /** Every actor x every state x every action, exhaustively. */
    static Stream<Arguments> everyActorStateAndAction() {
        return actors().flatMap(a -> Stream.of(GoalStatus.values()).flatMap(s -> Stream.of(GoalAction.values()).map(x -> Arguments.of(a, s, x))));
    }

    @ParameterizedTest
    @MethodSource("everyActorStateAndAction")
    void anActionIsOfferedExactlyWhenTheStateAllowsItAndTheUseCaseCheckWouldPermitIt(Actor actor, GoalStatus status, GoalAction action) {
        boolean offered = GoalActionPolicy.offered(actor, status, CENTRE, HOUSING).contains(action);
        boolean checkPasses;
        try {
            GoalActionPolicy.require(actor, action, status, CENTRE, HOUSING, "op");
            checkPasses = true;
        } catch (AccessDeniedException e) {
            checkPasses = false;
        }
        assertThat(offered).isEqualTo(status.allows(action) && checkPasses);
    }

    @Test
    void aSubmissionIsOfferedForReviewOnlyToTheSupervisingDepartmentsReviewer() {
        assertThat(GoalActionPolicy.offered(actor(Role.DEPT_REVIEWER, HOUSING), GoalStatus.SUBMITTED, CENTRE, HOUSING))
                .containsExactly(GoalAction.PASS_DEPARTMENT_REVIEW, GoalAction.RETURN);
        for (Actor nobody : List.of(actor(Role.EVALUATOR, null), actor(Role.AUDITOR, null), actor(Role.UNIT_OPERATOR, CENTRE),
                actor(Role.FINANCE_ADMIN, null), actor(Role.DEPT_REVIEWER, OTHER))) {
            assertThat(GoalActionPolicy.offered(nobody, GoalStatus.SUBMITTED, CENTRE, HOUSING)).as(nobody.userId()).isEmpty();
        }
    }

    @Test
    void aDraftIsOfferedForEditingAndSubmissionOnlyToItsOwnUnit() {
        assertThat(GoalActionPolicy.offered(actor(Role.UNIT_OPERATOR, CENTRE), GoalStatus.DRAFT, CENTRE, HOUSING))
                .containsExactly(GoalAction.EDIT, GoalAction.SUBMIT);
        assertThat(GoalActionPolicy.offered(actor(Role.UNIT_OPERATOR, OTHER), GoalStatus.DRAFT, CENTRE, HOUSING)).isEmpty();
    }

    @Test
    void aReturnAfterTheDepartmentReviewIsFinancesNotTheDepartments() {
        assertThat(GoalActionPolicy.offered(actor(Role.FINANCE_REVIEWER, null), GoalStatus.DEPT_REVIEWED, CENTRE, HOUSING))
                .containsExactly(GoalAction.REVIEW_BY_FINANCE, GoalAction.RETURN);
        assertThat(GoalActionPolicy.offered(actor(Role.DEPT_REVIEWER, HOUSING), GoalStatus.DEPT_REVIEWED, CENTRE, HOUSING)).isEmpty();
        assertThatThrownBy(() -> GoalActionPolicy.require(actor(Role.DEPT_REVIEWER, HOUSING), GoalAction.RETURN, GoalStatus.DEPT_REVIEWED,
                CENTRE, HOUSING, "return-goal")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDepartmentReviewsItsOwnGoalsWhenItHasNoSupervisor() {
        assertThatCode(() -> GoalActionPolicy.require(actor(Role.DEPT_REVIEWER, HOUSING), GoalAction.PASS_DEPARTMENT_REVIEW,
                GoalStatus.SUBMITTED, HOUSING, null, "review-goal")).doesNotThrowAnyException();
    }

    private static Actor actor(Role role, UnitCode unit) {
        return new Actor(role + "@" + unit, Set.of(role), unit, role == Role.EVALUATOR ? new AgencyId("ZHENRUI") : null, null);
    }
}
