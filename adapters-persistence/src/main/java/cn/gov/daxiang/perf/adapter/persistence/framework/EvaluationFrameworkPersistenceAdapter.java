package cn.gov.daxiang.perf.adapter.persistence.framework;

import cn.gov.daxiang.perf.application.port.out.EvaluationFrameworkRepository;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.adapter.persistence.shared.Constraints;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Framework versions, one row each, inserted once and never updated. */
@ApplicationScoped
public class EvaluationFrameworkPersistenceAdapter implements EvaluationFrameworkRepository {

    private final EvaluationFrameworkPanacheRepository rows;
    private final EvaluationFrameworkPersistenceMapper mapper;

    @Inject
    public EvaluationFrameworkPersistenceAdapter(EvaluationFrameworkPanacheRepository rows, EvaluationFrameworkPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public List<EvaluationFramework> findAll() {
        return rows.listAll(Sort.by("frameworkCode").and("versionNo")).stream().map(mapper::toDomain).toList();
    }

    @Override
    public Optional<EvaluationFramework> find(FrameworkReference reference) {
        return rows.find("frameworkCode = ?1 and versionNo = ?2", reference.code().value(), reference.version())
                .firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public Optional<EvaluationFramework> findLatest(FrameworkCode code) {
        return rows.find("frameworkCode", Sort.descending("versionNo"), code.value()).firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public void add(EvaluationFramework framework) {
        if (find(framework.getReference()).isPresent()) {
            throw alreadyExists(framework);
        }
        rows.persist(mapper.toEntity(framework));
        try {
            rows.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (Constraints.violates(e, "uk_evaluation_framework_version")) {
                throw alreadyExists(framework);   // another publisher took the version in the meantime
            }
            throw e;
        }
    }

    private static AlreadyExistsException alreadyExists(EvaluationFramework framework) {
        return new AlreadyExistsException("FRAMEWORK_VERSION_EXISTS",
                Map.of("frameworkCode", framework.getCode().value(), "version", framework.getVersion()));
    }
}
