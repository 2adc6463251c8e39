package cn.gov.daxiang.perf.domain.review;

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

/** Offered == permitted: exhaustively over every role (in and out of scope) x every state x every action. */
class ReviewActionPolicyTest {

    private static final UnitCode HOUSING = UnitCode.of("108001");
    private static final UnitCode CENTRE = UnitCode.of("108002");
    private static final UnitCode EDUCATION = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");

    /** Every role, once for the centre's own scope and once for a foreign one. */
    static List<Actor> actors() {
        List<Actor> actors = new ArrayList<>();
        for (Role role : Role.values()) {
            for (UnitCode unit : role.needsUnitScope() ? List.of(role == Role.DEPT_REVIEWER ? HOUSING : CENTRE,
                    role == Role.DEPT_REVIEWER ? EDUCATION : KINDERGARTEN) : java.util.Collections.<UnitCode>singletonList(null)) {
                actors.add(new Actor("u", Set.of(role), unit, role.needsAgencyScope() ? new AgencyId("ZHENRUI") : null, null));
            }
        }
        return actors;
    }

    static Stream<Arguments> everyActorAndState() {
        return actors().stream().flatMap(a -> Stream.of(ReviewState.values()).map(s -> Arguments.of(a, s)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyActorAndState")
    void anActionIsOfferedIffTheStateAllowsItAndTheUseCaseWouldPermitIt(Actor actor, ReviewState state) {
        List<ReviewAction> offered = ReviewActionPolicy.offered(actor, state, CENTRE, HOUSING);
        for (ReviewAction action : ReviewAction.values()) {
            boolean enforced = enforcedByUseCase(actor, action, CENTRE, HOUSING);
            assertThat(offered.contains(action)).as(action.name()).isEqualTo(state.allowedActions().contains(action) && enforced);
        }
    }

    @Test
    void theDepartmentStepsAreOfferedToTheSupervisingDepartmentsReviewerOnly() {
        Actor housingReviewer = new Actor("r", Set.of(Role.DEPT_REVIEWER), HOUSING, null, null);
        Actor operator = new Actor("o", Set.of(Role.UNIT_OPERATOR), CENTRE, null, null);
        Actor auditor = new Actor("a", Set.of(Role.AUDITOR), null, null, null);
        Actor evaluator = new Actor("e", Set.of(Role.EVALUATOR), null, new AgencyId("ZHENRUI"), null);
        assertThat(ReviewActionPolicy.offered(housingReviewer, ReviewState.SUBMITTED, CENTRE, HOUSING))
                .containsExactly(ReviewAction.DEPT_APPROVE, ReviewAction.DEPT_RETURN);
        for (Actor other : List.of(operator, auditor, evaluator)) {
            assertThat(ReviewActionPolicy.offered(other, ReviewState.SUBMITTED, CENTRE, HOUSING)).as(other.roles().toString()).isEmpty();
        }
    }

    @Test
    void aDepartmentsOwnSubmissionIsReviewedByItsOwnReviewer() {
        Actor housingReviewer = new Actor("r", Set.of(Role.DEPT_REVIEWER), HOUSING, null, null);
        assertThat(ReviewActionPolicy.offered(housingReviewer, ReviewState.SUBMITTED, HOUSING, null))
                .containsExactly(ReviewAction.DEPT_APPROVE, ReviewAction.DEPT_RETURN);
    }

    /** What EvaluationAccessPolicy (the use cases' check) says, as a boolean. */
    private static boolean enforcedByUseCase(Actor actor, ReviewAction action, UnitCode owner, UnitCode department) {
        try {
            if (action == ReviewAction.EDIT || action == ReviewAction.SUBMIT) {
                EvaluationAccessPolicy.requireUnitOf(actor, owner, "x");
            } else {
                EvaluationAccessPolicy.requireReviewer(actor, action, owner, department, "x");
            }
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    @Test
    void everyReviewActionAndStateHasAChineseLabel() {
        for (ReviewAction action : ReviewAction.values()) {
            assertThat(action.label()).isNotBlank().doesNotContainPattern("[A-Za-z]");
        }
        assertThatCode(() -> ReviewState.valueOf("DRAFT").label()).doesNotThrowAnyException();
        assertThatThrownBy(() -> EvaluationAccessPolicy.requireReviewer(new Actor("o", Set.of(Role.UNIT_OPERATOR), CENTRE, null, null),
                ReviewAction.SUBMIT, CENTRE, HOUSING, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
