package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystem;

import java.util.Optional;

public interface UnitIndicatorSystemRepository {

    Optional<UnitIndicatorSystem> findByUnit(UnitCode unit);

    void save(UnitIndicatorSystem system);
}
