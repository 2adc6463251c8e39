package cn.gov.daxiang.perf.adapter.persistence.framework;

import cn.gov.daxiang.perf.domain.framework.EvaluationFramework;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkObjectKind;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.review.ActorId;
import org.mapstruct.Mapper;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@Mapper
public interface EvaluationFrameworkPersistenceMapper {

    default EvaluationFramework toDomain(EvaluationFrameworkJpaEntity row) {
        return EvaluationFramework.restore(new FrameworkReference(new FrameworkCode(row.frameworkCode), row.versionNo), row.name,
                FrameworkObjectKind.valueOf(row.objectKind), IndicatorTreeJson.read(row.indicators), groups(row.resultGroups),
                ActorId.of(row.publishedBy), row.publishedAt.toInstant());
    }

    default EvaluationFrameworkJpaEntity toEntity(EvaluationFramework framework) {
        EvaluationFrameworkJpaEntity row = new EvaluationFrameworkJpaEntity();
        row.frameworkCode = framework.getCode().value();
        row.versionNo = framework.getVersion();
        row.name = framework.getName();
        row.objectKind = framework.getObjectKind().name();
        row.resultGroups = groups(framework.getResultGroups());
        row.indicators = IndicatorTreeJson.write(framework.getIndicators());
        row.publishedBy = framework.getPublishedBy().value();
        row.publishedAt = framework.getPublishedAt().atOffset(ZoneOffset.UTC);
        return row;
    }

    static Set<String> groups(String text) {
        return text == null || text.isBlank() ? Set.of() : Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    static String groups(Set<String> groups) {
        return String.join(",", new TreeSet<>(groups));
    }
}
