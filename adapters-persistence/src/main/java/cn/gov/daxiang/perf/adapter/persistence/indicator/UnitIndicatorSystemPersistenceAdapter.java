package cn.gov.daxiang.perf.adapter.persistence.indicator;

import cn.gov.daxiang.perf.application.port.out.UnitIndicatorSystemRepository;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class UnitIndicatorSystemPersistenceAdapter implements UnitIndicatorSystemRepository {

    private final UnitIndicatorSystemPanacheRepository panache;

    @Inject
    public UnitIndicatorSystemPersistenceAdapter(UnitIndicatorSystemPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Optional<UnitIndicatorSystem> findByUnit(UnitCode unit) {
        return panache.findByIdOptional(unit.value()).map(e -> toDomain(unit, e));
    }

    private static UnitIndicatorSystem toDomain(UnitCode unit, UnitIndicatorSystemJpaEntity e) {
        return UnitIndicatorSystem.restore(unit, e.templateIds.isEmpty()
                ? List.of() : Arrays.stream(e.templateIds.split(",")).map(TemplateId::of).toList());
    }

    /**
     * Locks the unit's budget-unit row first: the system's own row may not exist yet (it is created by the first
     * change), and a lock on a row that is not there serialises nothing.
     */
    @Override
    public Optional<UnitIndicatorSystem> findByUnitForChange(UnitCode unit) {
        panache.getEntityManager().createNativeQuery("select unit_code from budget_unit where unit_code = ?1 for update")
                .setParameter(1, unit.value()).getResultList();
        Optional<UnitIndicatorSystemJpaEntity> entity = panache.findByIdOptional(unit.value());
        entity.ifPresent(e -> panache.getEntityManager().refresh(e));
        return entity.map(e -> toDomain(unit, e));
    }

    @Override
    public void save(UnitIndicatorSystem system) {
        UnitIndicatorSystemJpaEntity entity = panache.findByIdOptional(system.getUnitCode().value()).orElseGet(() -> {
            UnitIndicatorSystemJpaEntity created = new UnitIndicatorSystemJpaEntity();
            created.unitCode = system.getUnitCode().value();
            created.templateIds = "";
            panache.persist(created);
            return created;
        });
        entity.templateIds = system.getTemplateIds().stream().map(TemplateId::toString).collect(Collectors.joining(","));
        panache.flush();
    }
}
