package cn.gov.daxiang.perf.adapter.persistence.selfevaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SelfEvaluationPanacheRepository implements PanacheRepositoryBase<SelfEvaluationJpaEntity, Long> {
}
