package cn.gov.daxiang.perf.adapter.persistence.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MonitoringRoundPanacheRepository implements PanacheRepositoryBase<MonitoringRoundJpaEntity, Long> {
}
