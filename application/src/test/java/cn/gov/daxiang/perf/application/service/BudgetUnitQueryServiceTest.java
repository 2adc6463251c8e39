package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.fake.InMemoryBudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.in.budgetunit.BudgetUnitDetails;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetUnitQueryServiceTest {

    private final InMemoryBudgetUnitRepository units = new InMemoryBudgetUnitRepository();
    private final BudgetUnitQueryService service = new BudgetUnitQueryService(units, new DataScopes(units));
    private static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR), null, null, null);

    @Test
    void aDepartmentIsFoundWithItsSubordinateUnits() {
        units.save(BudgetUnit.of(UnitCode.of("105001"), "教育局", null, true));
        units.save(BudgetUnit.of(UnitCode.of("105002"), "第一幼儿园", UnitCode.of("105001"), true));
        units.save(BudgetUnit.of(UnitCode.of("109001"), "卫健局", null, true));

        BudgetUnitDetails details = service.findBudgetUnit(AUDITOR, UnitCode.of("105001"));

        assertThat(details.subordinateUnits()).extracting(BudgetUnit::getName).containsExactly("第一幼儿园");
        assertThat(service.findBudgetUnit(AUDITOR, UnitCode.of("105002")).subordinateUnits()).isEmpty();
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThatThrownBy(() -> service.findBudgetUnit(AUDITOR, UnitCode.of("999999")))
                .isInstanceOf(BudgetUnitNotFoundException.class);
    }

    @Test
    void aUnitOutsideTheActorsScopeIsNotFoundAndSiblingsAreHidden() {
        units.save(BudgetUnit.of(UnitCode.of("105001"), "教育局", null, true));
        units.save(BudgetUnit.of(UnitCode.of("105002"), "第一幼儿园", UnitCode.of("105001"), true));
        units.save(BudgetUnit.of(UnitCode.of("105003"), "第二幼儿园", UnitCode.of("105001"), true));
        Actor operator = new Actor("op", Set.of(Role.UNIT_OPERATOR), UnitCode.of("105002"), null, null);

        assertThat(service.findBudgetUnit(operator, UnitCode.of("105002")).unit().getName()).isEqualTo("第一幼儿园");
        assertThatThrownBy(() -> service.findBudgetUnit(operator, UnitCode.of("105003")))
                .isInstanceOf(BudgetUnitNotFoundException.class);
        assertThatThrownBy(() -> service.findBudgetUnit(operator, UnitCode.of("105001")))
                .isInstanceOf(BudgetUnitNotFoundException.class);
        assertThat(service.listBudgetUnits(operator, cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria.any(),
                cn.gov.daxiang.perf.domain.shared.Paging.first()).items()).extracting(BudgetUnit::getName).containsExactly("第一幼儿园");
    }

    @Test
    void aDepartmentReviewerSeesTheDepartmentWithAllItsSubordinates() {
        units.save(BudgetUnit.of(UnitCode.of("105001"), "教育局", null, true));
        units.save(BudgetUnit.of(UnitCode.of("105002"), "第一幼儿园", UnitCode.of("105001"), true));
        Actor reviewer = new Actor("rev", Set.of(Role.DEPT_REVIEWER), UnitCode.of("105001"), null, null);

        assertThat(service.findBudgetUnit(reviewer, UnitCode.of("105001")).subordinateUnits())
                .extracting(BudgetUnit::getName).containsExactly("第一幼儿园");
    }
}
