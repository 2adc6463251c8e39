package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * allowedActions for the caller, exhaustively over role × own/other unit × state: an item offers an action exactly when
 * its state allows it and the service's permission check lets the caller take it.
 */
class RectificationActionOfferTest {

    private static final UnitCode OTHER_UNIT = UnitCode.of("108009");

    static Stream<Arguments> everyRoleScopeAndState() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (boolean ownUnit : new boolean[] {true, false}) {
                for (RectificationState state : RectificationState.values()) {
                    cases.add(Arguments.of(role, ownUnit, state));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} (own unit: {1}) on a {2} item")
    @MethodSource("everyRoleScopeAndState")
    void anActionIsOfferedIffTheStateAllowsItAndTheCallerIsPermittedIt(Role role, boolean ownUnit, RectificationState state) {
        UnitCode unit = role.needsUnitScope() ? (ownUnit ? Rectifications.UNIT : OTHER_UNIT) : null;
        Actor actor = new Actor("tester", Set.of(role), unit, role.needsAgencyScope() ? new AgencyId("ZHENRUI") : null, "request");
        Rectification item = inState(state);
        List<RectificationAction> offered = RectificationAccessPolicy.offered(actor, item);
        for (RectificationAction action : RectificationAction.values()) {
            boolean expected = RectificationAction.allowedIn(state).contains(action) && permitted(actor, item, action);
            assertThat(offered.contains(action)).as("%s", action).isEqualTo(expected);
        }
        boolean responsibleOperator = role == Role.UNIT_OPERATOR && ownUnit;
        boolean finance = role == Role.FINANCE_ADMIN || role == Role.FINANCE_REVIEWER;
        List<RectificationAction> expected = switch (state) {
            case ISSUED -> responsibleOperator ? List.of(RectificationAction.START) : List.of();
            case IN_PROGRESS, RETURNED -> responsibleOperator ? List.of(RectificationAction.REPORT) : List.of();
            case REPORTED -> finance ? List.of(RectificationAction.VERIFY, RectificationAction.RETURN) : List.of();
            case VERIFIED -> List.of();
        };
        assertThat(offered).isEqualTo(expected);
    }

    private static boolean permitted(Actor actor, Rectification item, RectificationAction action) {
        try {
            RectificationAccessPolicy.require(actor, item, action, "test");   // the check the service makes
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    private static Rectification inState(RectificationState state) {
        Rectification item = switch (state) {
            case ISSUED -> Rectifications.issued();
            case IN_PROGRESS -> Rectifications.inProgress();
            case REPORTED, RETURNED, VERIFIED -> Rectifications.reported(Rectifications.ISSUED_ON);
        };
        if (state == RectificationState.RETURNED) {
            item.returnToUnit("凭证不清");
        } else if (state == RectificationState.VERIFIED) {
            item.verify(Rectifications.FINANCE, Rectifications.NOW);
        }
        assertThat(item.getState()).isEqualTo(state);
        return item;
    }
}
