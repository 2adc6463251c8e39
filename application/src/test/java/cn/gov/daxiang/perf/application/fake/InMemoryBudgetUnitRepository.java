package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A fake of the port for use-case logic; SQL behaviour is tested against PostgreSQL in the adapter. */
public class InMemoryBudgetUnitRepository implements BudgetUnitRepository {

    public final TreeMap<UnitCode, BudgetUnit> stored = new TreeMap<>();
    public final List<UnitCode> saves = new ArrayList<>();

    @Override
    public Optional<BudgetUnit> findByCode(UnitCode code) {
        return Optional.ofNullable(stored.get(code));
    }

    @Override
    public List<BudgetUnit> findByCodes(Collection<UnitCode> codes) {
        return codes.stream().map(stored::get).filter(u -> u != null).toList();
    }

    @Override
    public List<BudgetUnit> findSubordinates(UnitCode department) {
        return stored.values().stream()
                .filter(u -> u.getSupervisingDepartment().filter(department::equals).isPresent()).toList();
    }

    @Override
    public Page<BudgetUnit> find(BudgetUnitCriteria criteria, DataScope scope, Paging page) {
        List<BudgetUnit> matching = stored.values().stream()
                .filter(u -> scope.includes(u.getCode()))
                .filter(u -> criteria.supervisingDepartmentFilter().map(d -> u.getSupervisingDepartment().filter(d::equals).isPresent()).orElse(true))
                .filter(u -> criteria.activeFilter().map(a -> a == u.isActive()).orElse(true))
                .filter(u -> criteria.nameFilter().map(n -> u.getName().contains(n)).orElse(true))
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    @Override
    public void save(BudgetUnit unit) {
        stored.put(unit.getCode(), unit);
        saves.add(unit.getCode());
    }
}
