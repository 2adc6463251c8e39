package cn.gov.daxiang.perf.adapter.persistence.sync;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
@ApplicationScoped
public class SyncConflictPanacheRepository implements PanacheRepositoryBase<SyncConflictJpaEntity, UUID> {
}
