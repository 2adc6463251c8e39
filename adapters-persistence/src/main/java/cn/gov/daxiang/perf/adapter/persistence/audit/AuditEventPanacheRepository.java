package cn.gov.daxiang.perf.adapter.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuditEventPanacheRepository implements PanacheRepositoryBase<AuditEventJpaEntity, Long> {
}
