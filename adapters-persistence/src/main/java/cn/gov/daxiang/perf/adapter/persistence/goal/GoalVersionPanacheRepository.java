package cn.gov.daxiang.perf.adapter.persistence.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GoalVersionPanacheRepository implements PanacheRepositoryBase<GoalVersionJpaEntity, Long> {
}
