package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.grade.Grade;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** allowedActions for the caller: a decision offers an action exactly when its state allows it and the caller is permitted. */
class AllocationDecisionActionOfferTest {

    static Stream<Arguments> everyRoleInEveryState() {
        return Arrays.stream(Role.values()).flatMap(role -> Arrays.stream(AllocationDecisionState.values()).map(state -> Arguments.of(role, state)));
    }

    @ParameterizedTest(name = "{0} on a {1} decision")
    @MethodSource("everyRoleInEveryState")
    void anActionIsOfferedIffTheStateAllowsItAndTheCallerIsPermittedIt(Role role, AllocationDecisionState state) {
        Actor actor = new Actor("tester", Set.of(role), role.needsUnitScope() ? AllocationFixtures.UNIT : null,
                role.needsAgencyScope() ? new AgencyId("ZHENRUI") : null, "request");
        AllocationDecision decision = inState(state);
        for (AllocationDecisionAction action : AllocationDecisionAction.values()) {
            boolean permitted = permitted(actor, action) && decision.getAllowedActions().contains(action);
            assertThat(AllocationAccessPolicy.offered(actor, decision).contains(action)).as("%s %s", action, state).isEqualTo(permitted);
        }
        boolean finance = role == Role.FINANCE_ADMIN || role == Role.FINANCE_REVIEWER;
        assertThat(AllocationAccessPolicy.offered(actor, decision).isEmpty()).isEqualTo(!finance || state == AllocationDecisionState.SUPERSEDED);
    }

    private static boolean permitted(Actor actor, AllocationDecisionAction action) {
        try {
            AllocationAccessPolicy.require(actor, action, "test");   // the check the service makes
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    private static AllocationDecision inState(AllocationDecisionState state) {
        AllocationDecision decision = AllocationFixtures.proposed(Grade.GOOD);
        if (state == AllocationDecisionState.PROPOSED) {
            return decision;
        }
        decision.confirm(AllocationFixtures.FINANCE, AllocationFixtures.T2);
        if (state == AllocationDecisionState.SUPERSEDED) {
            decision.supersede(AllocationDecisionId.newId(), Treatment.REDUCE_OR_MERGE, new Adjustment(new BigDecimal("-10")), "压减",
                    AllocationFixtures.FINANCE, AllocationFixtures.T2);
        }
        assertThat(decision.getState()).isEqualTo(state);
        return decision;
    }
}
