package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceAccessPolicyTest {

    private static final UnitCode UNIT = UnitCode.of("105001");
    private static final UnitCode DEPARTMENT = UnitCode.of("105");
    private static final UnitCode OTHER = UnitCode.of("106001");

    private static Actor actor(Role role, UnitCode unit) {
        return new Actor("u", Set.of(role), unit, role == Role.EVALUATOR ? new AgencyId("ZHENRUI") : null, null);
    }

    @Test
    void theUnitItsSupervisingDepartmentAndFinanceMayAttachToAUnitsWork() {
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.UNIT_OPERATOR, UNIT), UNIT, DEPARTMENT)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.DEPT_REVIEWER, DEPARTMENT), UNIT, DEPARTMENT)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.FINANCE_REVIEWER, null), UNIT, DEPARTMENT)).isTrue();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.FINANCE_ADMIN, null), UNIT, DEPARTMENT)).isTrue();
    }

    @Test
    void aDepartmentsOwnWorkIsAttachedToByItsOwnReviewer() {
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.DEPT_REVIEWER, DEPARTMENT), DEPARTMENT, null)).isTrue();
    }

    @Test
    void readersOtherUnitsAndTheDepartmentsOfficeAsAUnitMayNot() {
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.AUDITOR, null), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.SYNC, null), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.EVALUATOR, null), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.UNIT_OPERATOR, OTHER), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.UNIT_OPERATOR, DEPARTMENT), UNIT, DEPARTMENT)).isFalse();
        assertThat(EvidenceAccessPolicy.mayAttachToUnitWork(actor(Role.DEPT_REVIEWER, UnitCode.of("106")), UNIT, DEPARTMENT)).isFalse();
    }
}
