package cn.gov.daxiang.perf.adapter.persistence.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class ProjectPanacheRepository implements PanacheRepositoryBase<ProjectJpaEntity, Long> {

    /** By natural id: answered from the session when the project is already loaded, without SQL. */
    public Optional<ProjectJpaEntity> findByProjectCode(String projectCode) {
        return getSession().bySimpleNaturalId(ProjectJpaEntity.class).loadOptional(projectCode);
    }
}
