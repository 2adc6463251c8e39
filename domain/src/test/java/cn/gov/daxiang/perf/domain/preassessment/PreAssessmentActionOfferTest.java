package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * allowedActions for the caller, exhaustively over role × own/other unit or agency × state (under review with and
 * without an agency commissioned): an assessment offers an action exactly when its state allows it and the service's
 * permission check lets the caller take it.
 */
class PreAssessmentActionOfferTest {

    static Stream<Arguments> everyRoleScopeAndState() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (boolean own : new boolean[] {true, false}) {
                for (PreAssessmentState state : PreAssessmentState.values()) {
                    for (boolean commissioned : new boolean[] {true, false}) {
                        cases.add(Arguments.of(role, own, state, commissioned));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} (own: {1}) on a {2} assessment (agency commissioned: {3})")
    @MethodSource("everyRoleScopeAndState")
    void anActionIsOfferedIffTheStateAllowsItAndTheCallerIsPermittedIt(Role role, boolean own, PreAssessmentState state, boolean commissioned) {
        UnitCode unit = role.needsUnitScope() ? (own ? PreAssessmentFixtures.UNIT : UnitCode.of("108009")) : null;
        AgencyId agency = role.needsAgencyScope() ? (own ? PreAssessmentFixtures.ZHENRUI : new AgencyId("OTHER")) : null;
        Actor actor = new Actor("tester", Set.of(role), unit, agency, "request");
        PreAssessment assessment = inState(state, commissioned);
        List<PreAssessmentAction> offered = PreAssessmentAccessPolicy.offered(actor, assessment);
        for (PreAssessmentAction action : PreAssessmentAction.values()) {
            boolean expected = PreAssessmentAction.allowedIn(state).contains(action) && permitted(actor, assessment, action);
            assertThat(offered.contains(action)).as("%s", action).isEqualTo(expected);
        }
        boolean finance = role == Role.FINANCE_ADMIN || role == Role.FINANCE_REVIEWER;
        boolean unitOperator = role == Role.UNIT_OPERATOR && own;
        boolean commissionedEvaluator = role == Role.EVALUATOR && own && commissioned && state != PreAssessmentState.DRAFT
                && state != PreAssessmentState.SUBMITTED;
        EnumSet<PreAssessmentAction> permittedToRole = EnumSet.noneOf(PreAssessmentAction.class);
        if (unitOperator) {
            permittedToRole.addAll(List.of(PreAssessmentAction.EDIT, PreAssessmentAction.SUBMIT));
        }
        if (finance) {
            permittedToRole.addAll(List.of(PreAssessmentAction.TAKE_UP, PreAssessmentAction.SCORE, PreAssessmentAction.RETURN,
                    PreAssessmentAction.CONCLUDE));
        }
        if (commissionedEvaluator) {
            permittedToRole.add(PreAssessmentAction.SCORE);
        }
        assertThat(offered).isEqualTo(PreAssessmentAction.allowedIn(state).stream().filter(permittedToRole::contains).toList());
    }

    private static boolean permitted(Actor actor, PreAssessment assessment, PreAssessmentAction action) {
        try {
            PreAssessmentAccessPolicy.require(actor, assessment, action, "test");   // the check the service makes
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    /** An assessment in {@code state}; from UNDER_REVIEW on, commissioned to ZHENRUI when {@code commissioned}. */
    private static PreAssessment inState(PreAssessmentState state, boolean commissioned) {
        PreAssessment a = PreAssessmentFixtures.draft();
        if (state != PreAssessmentState.DRAFT) {
            a.submit();
        }
        if (state == PreAssessmentState.UNDER_REVIEW || state == PreAssessmentState.RETURNED || state == PreAssessmentState.CONCLUDED) {
            a.takeUp(commissioned ? PreAssessmentFixtures.ZHENRUI : null);
        }
        if (state == PreAssessmentState.RETURNED) {
            a.returnToUnit("绩效目标不够量化");
        }
        if (state == PreAssessmentState.CONCLUDED) {
            a.score(PreAssessmentFixtures.fullScores());
            a.conclude(AssessmentConclusion.SUPPORT, (Money) null, "经评估，项目立项必要。", PreAssessmentFixtures.FINANCE, PreAssessmentFixtures.T0);
        }
        assertThat(a.getState()).isEqualTo(state);
        return a;
    }
}
