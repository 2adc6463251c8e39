package cn.gov.daxiang.perf.adapter.persistence.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyPanacheRepository implements PanacheRepositoryBase<AgencyJpaEntity, Long> {
}
