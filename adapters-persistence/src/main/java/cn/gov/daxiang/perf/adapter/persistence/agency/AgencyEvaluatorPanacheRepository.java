package cn.gov.daxiang.perf.adapter.persistence.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyEvaluatorPanacheRepository implements PanacheRepositoryBase<AgencyEvaluatorJpaEntity, Long> {
}
