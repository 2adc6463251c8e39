package cn.gov.daxiang.perf.adapter.persistence.arrangement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BudgetArrangementPanacheRepository implements PanacheRepositoryBase<BudgetArrangementJpaEntity, Long> {
}
