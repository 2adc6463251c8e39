package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static cn.gov.daxiang.perf.domain.rectification.Rectifications.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RectificationAccessPolicyTest {

    private static Actor actor(Role role, UnitCode unit) {
        return new Actor("u", Set.of(role), unit, role == Role.EVALUATOR ? new AgencyId("ZHENRUI") : null, null);
    }

    private final Rectification item = Rectifications.issued();

    @Test
    void district_wide_readers_see_every_item_units_and_departments_those_in_their_scope_evaluators_none() {
        assertThat(RectificationAccessPolicy.canSee(actor(Role.FINANCE_REVIEWER, null), item, DataScope.all())).isTrue();
        assertThat(RectificationAccessPolicy.canSee(actor(Role.AUDITOR, null), item, DataScope.all())).isTrue();
        assertThat(RectificationAccessPolicy.canSee(actor(Role.UNIT_OPERATOR, UNIT), item, DataScope.of(Set.of(UNIT)))).isTrue();
        UnitCode other = UnitCode.of("105002");
        assertThat(RectificationAccessPolicy.canSee(actor(Role.UNIT_OPERATOR, other), item, DataScope.of(Set.of(other)))).isFalse();
        assertThat(RectificationAccessPolicy.canSee(actor(Role.DEPT_REVIEWER, UnitCode.of("108001")), item,
                DataScope.of(Set.of(UnitCode.of("108001"), UNIT)))).isTrue();
        assertThat(RectificationAccessPolicy.canSee(actor(Role.EVALUATOR, null), item, DataScope.none())).isFalse();
    }

    @Test
    void only_the_responsible_units_operator_starts_and_reports() {
        RectificationAccessPolicy.requireResponsibleUnit(actor(Role.UNIT_OPERATOR, UNIT), item, "start");
        for (Actor other : new Actor[]{actor(Role.UNIT_OPERATOR, UnitCode.of("105002")), actor(Role.DEPT_REVIEWER, UNIT),
                actor(Role.FINANCE_ADMIN, null), actor(Role.AUDITOR, null)}) {
            assertThatThrownBy(() -> RectificationAccessPolicy.requireResponsibleUnit(other, item, "start"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void only_finance_raises_verifies_and_returns() {
        RectificationAccessPolicy.requireFinance(actor(Role.FINANCE_REVIEWER, null), "verify");
        RectificationAccessPolicy.requireFinance(actor(Role.FINANCE_ADMIN, null), "verify");
        for (Role role : new Role[]{Role.AUDITOR, Role.UNIT_OPERATOR, Role.DEPT_REVIEWER, Role.EVALUATOR, Role.SYNC}) {
            assertThatThrownBy(() -> RectificationAccessPolicy.requireFinance(actor(role, UNIT), "verify"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
