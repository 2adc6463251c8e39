package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One published version of an evaluation framework (评价指标体系): what it evaluates, its three-level indicators with
 * default points and scoring guidance, and which level-1 groups are result-oriented (产出 + 效益 should carry at least
 * 60 points; a warning, never a refusal). A version is never changed: finance publishes the next one, and every
 * evaluation keeps its own copy of the indicators it was given.
 */
public final class EvaluationFramework implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "evaluation-framework";
    public static final int NAME_MAX_LENGTH = 100;

    private final FrameworkReference reference;
    private final String name;
    private final FrameworkObjectKind objectKind;
    private final IndicatorTree indicators;
    private final Set<String> resultGroups;
    private final ActorId publishedBy;
    private final Instant publishedAt;
    private final RecordedEvents events = new RecordedEvents();

    private EvaluationFramework(FrameworkReference reference, String name, FrameworkObjectKind objectKind, IndicatorTree indicators,
                                Set<String> resultGroups, ActorId publishedBy, Instant publishedAt) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.name = Texts.required("name", name, NAME_MAX_LENGTH);
        this.objectKind = Objects.requireNonNull(objectKind, "objectKind");
        this.indicators = Objects.requireNonNull(indicators, "indicators");
        this.resultGroups = Set.copyOf(new TreeSet<>(resultGroups));
        List<String> unknown = this.resultGroups.stream().filter(g -> indicators.level1().stream().noneMatch(one -> one.code().equals(g)))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("resultGroups", "FRAMEWORK_RESULT_GROUP_UNKNOWN", Map.of("codes", unknown));
        }
        this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /**
     * Publishes a version.
     *
     * @param previous the latest version of the code, or null for a new framework (then this is version 1)
     */
    public static EvaluationFramework publish(FrameworkCode code, EvaluationFramework previous, String name, FrameworkObjectKind objectKind,
                                              IndicatorTree indicators, Set<String> resultGroups, ActorId publishedBy, Instant publishedAt) {
        if (previous != null && !previous.getCode().equals(code)) {
            throw new IllegalArgumentException("previous version of " + previous.getCode() + " given for " + code);
        }
        int version = previous == null ? 1 : previous.getVersion() + 1;
        EvaluationFramework framework = new EvaluationFramework(new FrameworkReference(code, version), name, objectKind, indicators,
                resultGroups, publishedBy, publishedAt);
        framework.events.record(new EvaluationFrameworkPublished(framework.reference));
        return framework;
    }

    public static EvaluationFramework restore(FrameworkReference reference, String name, FrameworkObjectKind objectKind, IndicatorTree indicators,
                                              Set<String> resultGroups, ActorId publishedBy, Instant publishedAt) {
        return new EvaluationFramework(reference, name, objectKind, indicators, resultGroups, publishedBy, publishedAt);
    }

    /** The warnings of the default points (an evaluation's adjusted copy is checked again). */
    public List<FrameworkWarning> warnings() {
        return indicators.warnings(resultGroups);
    }

    public FrameworkReference getReference() {
        return reference;
    }

    public FrameworkCode getCode() {
        return reference.code();
    }

    public int getVersion() {
        return reference.version();
    }

    public String getName() {
        return name;
    }

    public FrameworkObjectKind getObjectKind() {
        return objectKind;
    }

    public IndicatorTree getIndicators() {
        return indicators;
    }

    public Set<String> getResultGroups() {
        return resultGroups;
    }

    public ActorId getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("objectKind", objectKind.name());
        fields.put("indicators", Integer.toString(indicators.leaves().size()));
        indicators.level1Points().forEach((code, points) -> fields.put("points." + code, points.toPlainString()));
        fields.put("resultGroups", String.join(",", new TreeSet<>(resultGroups)));
        return new AuditSnapshot(AUDIT_TYPE, reference.toString(), fields);
    }
}
