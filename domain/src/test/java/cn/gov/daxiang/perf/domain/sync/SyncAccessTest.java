package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncAccessTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyFinanceAdministrationAndTheSyncOperateTheSync(Role role) {
        Actor actor = new Actor("u", Set.of(role), role.needsUnitScope() ? UnitCode.of("108002") : null,
                role.needsAgencyScope() ? new AgencyId("ZHENRUI") : null, null);
        if (role == Role.FINANCE_ADMIN || role == Role.SYNC) {
            assertThatCode(() -> AccessPolicy.requireSyncOperator(actor)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> AccessPolicy.requireSyncOperator(actor)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
