package cn.gov.daxiang.perf.adapter.persistence.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EvidenceFilePanacheRepository implements PanacheRepositoryBase<EvidenceFileJpaEntity, Long> {
}
