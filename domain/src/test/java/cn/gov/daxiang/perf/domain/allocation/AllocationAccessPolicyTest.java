package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationAccessPolicyTest {

    private static Actor actor(Role role) {
        UnitCode unit = role.needsUnitScope() ? AllocationFixtures.UNIT : null;
        cn.gov.daxiang.perf.domain.access.AgencyId agency = role.needsAgencyScope() ? new cn.gov.daxiang.perf.domain.access.AgencyId("ZHENRUI") : null;
        return new Actor("tester", Set.of(role), unit, agency, "request");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyFinanceDecidesAndOnlyFinanceAdministrationPublishesAPolicy(Role role) {
        boolean finance = role == Role.FINANCE_ADMIN || role == Role.FINANCE_REVIEWER;
        if (finance) {
            assertThatCode(() -> AllocationAccessPolicy.requireFinance(actor(role), "confirm")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> AllocationAccessPolicy.requireFinance(actor(role), "confirm")).isInstanceOf(AccessDeniedException.class);
        }
        if (role == Role.FINANCE_ADMIN) {
            assertThatCode(() -> AllocationAccessPolicy.requirePolicyPublisher(actor(role), "publish")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> AllocationAccessPolicy.requirePolicyPublisher(actor(role), "publish")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aDecisionIsSeenWithinTheCallersUnitsOnly() {
        AllocationDecision decision = AllocationFixtures.proposed(Grade.GOOD);
        assertThat(AllocationAccessPolicy.canSee(decision, DataScope.all())).isTrue();
        assertThat(AllocationAccessPolicy.canSee(decision, DataScope.of(Set.of(AllocationFixtures.UNIT)))).isTrue();
        assertThat(AllocationAccessPolicy.canSee(decision, DataScope.of(Set.of(UnitCode.of("105002"))))).isFalse();
        assertThat(AllocationAccessPolicy.canSee(decision, DataScope.none())).isFalse();
    }

    @Test
    void criteriaMatchOnEveryGivenFieldAndIgnoreAbsentOnes() {
        AllocationDecision decision = AllocationFixtures.proposed(Grade.POOR);
        assertThat(new AllocationDecisionCriteria(null, null, null, null).matches(decision)).isTrue();
        assertThat(new AllocationDecisionCriteria(AllocationFixtures.BUDGET_YEAR, Treatment.CANCEL, AllocationFixtures.UNIT,
                AllocationDecisionState.PROPOSED).matches(decision)).isTrue();
        assertThat(new AllocationDecisionCriteria(null, Treatment.PRIORITY, null, null).matches(decision)).isFalse();
        assertThat(new AllocationDecisionCriteria(null, null, null, AllocationDecisionState.CONFIRMED).matches(decision)).isFalse();
        assertThat(new AllocationDecisionCriteria(null, null, UnitCode.of("105002"), null).matches(decision)).isFalse();
    }
}
