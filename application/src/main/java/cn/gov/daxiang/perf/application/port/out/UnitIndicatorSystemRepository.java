package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystem;

import java.util.Optional;

public interface UnitIndicatorSystemRepository {

    Optional<UnitIndicatorSystem> findByUnit(UnitCode unit);

    /**
     * The unit's system to change it in this transaction: changes of one unit's system are serialised (until this
     * transaction ends), so two concurrent changes both land instead of one overwriting the other.
     */
    Optional<UnitIndicatorSystem> findByUnitForChange(UnitCode unit);

    void save(UnitIndicatorSystem system);
}
