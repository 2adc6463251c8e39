package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.application.port.in.budgetunit.ListBudgetUnitsQuery;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The budget units a viewer may see, read page by page through the API's own query (a district has a few hundred). */
@ApplicationScoped
public class UnitDirectory {

    private final ListBudgetUnitsQuery units;

    public UnitDirectory(ListBudgetUnitsQuery units) {
        this.units = units;
    }

    List<BudgetUnit> visible(Actor actor, BudgetUnitCriteria criteria) {
        List<BudgetUnit> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<BudgetUnit> read = units.listBudgetUnits(actor, criteria, new Paging(page, Paging.MAX_SIZE));
            all.addAll(read.items());
            if (read.items().size() < Paging.MAX_SIZE || all.size() >= read.total()) {
                return all;
            }
        }
    }

    Map<UnitCode, String> names(Actor actor) {
        Map<UnitCode, String> names = new LinkedHashMap<>();
        visible(actor, BudgetUnitCriteria.any()).forEach(u -> names.put(u.getCode(), u.getName()));
        return names;
    }
}
