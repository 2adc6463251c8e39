package cn.gov.daxiang.perf.adapter.persistence.budgetunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class BudgetUnitPanacheRepository implements PanacheRepositoryBase<BudgetUnitJpaEntity, Long> {

    /** By natural id: answered from the session when the unit is already loaded, without SQL. */
    public Optional<BudgetUnitJpaEntity> findByUnitCode(String unitCode) {
        return getSession().bySimpleNaturalId(BudgetUnitJpaEntity.class).loadOptional(unitCode);
    }
}
