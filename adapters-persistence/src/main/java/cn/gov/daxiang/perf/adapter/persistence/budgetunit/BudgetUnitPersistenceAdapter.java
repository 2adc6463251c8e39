package cn.gov.daxiang.perf.adapter.persistence.budgetunit;

import cn.gov.daxiang.perf.adapter.persistence.shared.Chunks;
import cn.gov.daxiang.perf.adapter.persistence.shared.DynamicQuery;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitCriteria;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class BudgetUnitPersistenceAdapter implements BudgetUnitRepository {

    private static final Sort BY_CODE = Sort.by("unitCode");

    private final BudgetUnitPanacheRepository panache;
    private final BudgetUnitPersistenceMapper mapper;

    @Inject
    public BudgetUnitPersistenceAdapter(BudgetUnitPanacheRepository panache, BudgetUnitPersistenceMapper mapper) {
        this.panache = panache;
        this.mapper = mapper;
    }

    @Override
    public Optional<BudgetUnit> findByCode(UnitCode code) {
        return panache.findByUnitCode(code.value()).map(mapper::toDomain);
    }

    @Override
    public List<BudgetUnit> findByCodes(Collection<UnitCode> codes) {
        return Chunks.of(codes.stream().map(UnitCode::value).toList())
                .flatMap(chunk -> panache.list("unitCode in ?1", chunk).stream())
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<BudgetUnit> findSubordinates(UnitCode department) {
        return panache.list("supervisingDepartmentCode", BY_CODE, department.value()).stream()
                .map(mapper::toDomain).toList();
    }

    @Override
    public Page<BudgetUnit> find(BudgetUnitCriteria criteria, DataScope scope, Paging page) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        DynamicQuery query = new DynamicQuery();
        if (!scope.unrestricted()) {
            query.and("unitCode in :scope", "scope", DynamicQuery.codes(scope));
        }
        criteria.supervisingDepartmentFilter().ifPresent(d -> query.and("supervisingDepartmentCode = :department", "department", d.value()));
        criteria.activeFilter().ifPresent(a -> query.and("active = :active", "active", a));
        criteria.nameFilter().ifPresent(n -> query.and("name like :name escape '\\'", "name", DynamicQuery.containing(n)));
        return query.page(panache, BY_CODE, page).map(mapper::toDomain);
    }

    @Override
    public void save(BudgetUnit unit) {
        Optional<BudgetUnitJpaEntity> existing = panache.findByUnitCode(unit.getCode().value());
        BudgetUnitJpaEntity entity = existing.orElseGet(BudgetUnitJpaEntity::new);
        mapper.copyToEntity(unit, entity);
        if (existing.isEmpty()) {
            panache.persist(entity);
        }
    }

    /** The stored ones looked up by code in one query per chunk (not one per unit), the new ones persisted in order for batched inserts. */
    @Override
    public void saveAll(List<BudgetUnit> units) {
        Map<String, BudgetUnitJpaEntity> stored = new HashMap<>();
        Chunks.of(units.stream().map(u -> u.getCode().value()).toList())
                .flatMap(chunk -> panache.list("unitCode in ?1", chunk).stream())
                .forEach(e -> stored.put(e.unitCode, e));
        for (BudgetUnit unit : units) {
            BudgetUnitJpaEntity entity = stored.get(unit.getCode().value());
            if (entity == null) {
                entity = new BudgetUnitJpaEntity();
                mapper.copyToEntity(unit, entity);
                panache.persist(entity);
            } else {
                mapper.copyToEntity(unit, entity);
            }
        }
    }
}
