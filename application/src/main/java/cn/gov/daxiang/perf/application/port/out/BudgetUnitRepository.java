package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface BudgetUnitRepository {

    Optional<BudgetUnit> findByCode(UnitCode code);

    /** The units among {@code codes} that exist, in one round trip. */
    List<BudgetUnit> findByCodes(Collection<UnitCode> codes);

    /** The units a department supervises, ordered by code. */
    List<BudgetUnit> findSubordinates(UnitCode department);

    /** The matching units within {@code scope}. */
    Page<BudgetUnit> find(BudgetUnitCriteria criteria, DataScope scope, Paging page);

    /** Inserts a new unit or writes the changes of a known one. */
    void save(BudgetUnit unit);

    /** As {@link #save} for many, in order (a department before its units); an adapter may write them in batches. */
    default void saveAll(List<BudgetUnit> units) {
        units.forEach(this::save);
    }
}
