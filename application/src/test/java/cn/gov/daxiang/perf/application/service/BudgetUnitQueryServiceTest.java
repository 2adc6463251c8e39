package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.budgetunit.BudgetUnitDetails;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetUnitQueryServiceTest {

    private final InMemoryBudgetUnitRepository units = new InMemoryBudgetUnitRepository();
    private final BudgetUnitQueryService service = new BudgetUnitQueryService(units);

    @Test
    void aDepartmentIsFoundWithItsSubordinateUnits() {
        units.save(BudgetUnit.of(UnitCode.of("105001"), "教育局", null, true));
        units.save(BudgetUnit.of(UnitCode.of("105002"), "第一幼儿园", UnitCode.of("105001"), true));
        units.save(BudgetUnit.of(UnitCode.of("109001"), "卫健局", null, true));

        BudgetUnitDetails details = service.findBudgetUnit(UnitCode.of("105001"));

        assertThat(details.subordinateUnits()).extracting(BudgetUnit::getName).containsExactly("第一幼儿园");
        assertThat(service.findBudgetUnit(UnitCode.of("105002")).subordinateUnits()).isEmpty();
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThatThrownBy(() -> service.findBudgetUnit(UnitCode.of("999999")))
                .isInstanceOf(BudgetUnitNotFoundException.class);
    }
}
