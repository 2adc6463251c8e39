package cn.gov.daxiang.perf.adapter.persistence.allocation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AllocationPolicyPanacheRepository implements PanacheRepositoryBase<AllocationPolicyJpaEntity, Long> {
}
