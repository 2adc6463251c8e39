package cn.gov.daxiang.perf.adapter.persistence.grade;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GradeSchemeAssignmentPanacheRepository implements PanacheRepositoryBase<GradeSchemeAssignmentJpaEntity, Long> {
}
