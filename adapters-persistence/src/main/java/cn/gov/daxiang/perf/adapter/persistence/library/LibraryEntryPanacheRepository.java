package cn.gov.daxiang.perf.adapter.persistence.library;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LibraryEntryPanacheRepository implements PanacheRepositoryBase<LibraryEntryJpaEntity, Long> {
}
