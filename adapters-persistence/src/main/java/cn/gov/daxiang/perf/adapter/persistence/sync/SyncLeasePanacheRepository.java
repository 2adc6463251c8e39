package cn.gov.daxiang.perf.adapter.persistence.sync;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SyncLeasePanacheRepository implements PanacheRepositoryBase<SyncLeaseJpaEntity, String> {
}
