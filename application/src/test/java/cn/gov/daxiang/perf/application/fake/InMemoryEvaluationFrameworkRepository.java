package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.EvaluationFrameworkRepository;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Framework versions in memory, starting with the three defaults as the database does (migration V27). */
public class InMemoryEvaluationFrameworkRepository implements EvaluationFrameworkRepository {

    private final Map<FrameworkReference, EvaluationFramework> stored = new LinkedHashMap<>();

    public InMemoryEvaluationFrameworkRepository() {
        DefaultFrameworks.all().forEach(this::add);
    }

    @Override
    public List<EvaluationFramework> findAll() {
        return stored.values().stream()
                .sorted(Comparator.comparing((EvaluationFramework f) -> f.getCode().value()).thenComparing(EvaluationFramework::getVersion)).toList();
    }

    @Override
    public Optional<EvaluationFramework> find(FrameworkReference reference) {
        return Optional.ofNullable(stored.get(reference));
    }

    @Override
    public Optional<EvaluationFramework> findLatest(FrameworkCode code) {
        return stored.values().stream().filter(f -> f.getCode().equals(code)).max(Comparator.comparing(EvaluationFramework::getVersion));
    }

    @Override
    public void add(EvaluationFramework framework) {
        if (stored.containsKey(framework.getReference())) {
            throw new AlreadyExistsException("FRAMEWORK_VERSION_EXISTS",
                    Map.of("frameworkCode", framework.getCode().value(), "version", framework.getVersion()));
        }
        stored.put(framework.getReference(), EvaluationFramework.restore(framework.getReference(), framework.getName(), framework.getObjectKind(),
                framework.getIndicators(), framework.getResultGroups(), framework.getPublishedBy(), framework.getPublishedAt()));
    }
}
