package cn.gov.daxiang.perf.adapter.persistence.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class IdempotencyRecordPanacheRepository implements PanacheRepositoryBase<IdempotencyRecordJpaEntity, UUID> {
}
