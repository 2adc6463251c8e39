package cn.gov.daxiang.perf.adapter.persistence.framework;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EvaluationFrameworkPanacheRepository implements PanacheRepositoryBase<EvaluationFrameworkJpaEntity, Long> {
}
