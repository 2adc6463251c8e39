package cn.gov.daxiang.perf.adapter.persistence.rectification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RectificationReportPanacheRepository implements PanacheRepositoryBase<RectificationReportJpaEntity, Long> {
}
