package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.UnitIndicatorSystemRepository;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystem;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each unit's system in memory; without concurrency, reading for a change is plain reading. */
public class InMemoryUnitIndicatorSystemRepository implements UnitIndicatorSystemRepository {

    private final Map<UnitCode, UnitIndicatorSystem> stored = new HashMap<>();

    @Override
    public Optional<UnitIndicatorSystem> findByUnit(UnitCode unit) {
        return Optional.ofNullable(stored.get(unit)).map(Copies::of);
    }

    @Override
    public Optional<UnitIndicatorSystem> findByUnitForChange(UnitCode unit) {
        return findByUnit(unit);
    }

    @Override
    public void save(UnitIndicatorSystem system) {
        stored.put(system.getUnitCode(), Copies.of(system));
    }
}
