package cn.gov.daxiang.perf.adapter.persistence.keyevaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class KeyEvaluationPanacheRepository implements PanacheRepositoryBase<KeyEvaluationJpaEntity, Long> {
}
