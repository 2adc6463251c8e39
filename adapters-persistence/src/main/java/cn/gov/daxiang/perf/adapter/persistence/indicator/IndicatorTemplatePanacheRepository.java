package cn.gov.daxiang.perf.adapter.persistence.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IndicatorTemplatePanacheRepository implements PanacheRepositoryBase<IndicatorTemplateJpaEntity, Long> {
}
