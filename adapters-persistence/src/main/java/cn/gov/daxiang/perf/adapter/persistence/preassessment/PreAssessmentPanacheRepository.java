package cn.gov.daxiang.perf.adapter.persistence.preassessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PreAssessmentPanacheRepository implements PanacheRepositoryBase<PreAssessmentJpaEntity, Long> {
}
