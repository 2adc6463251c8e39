package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The criteria ex-ante assessments are scored on (评估要点及分值), as data: finance administration publishes a new
 * version when the district's rules change; an assessment copies the version in force when it is drafted and keeps
 * it. The points add up to 100, so that an assessment's total is on the hundred-point scale. The district's default
 * ({@link #standard()}, version 1) is the five criteria of the 2024 report, 20 points each.
 */
public final class AssessmentCriteriaSet implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "assessment-criteria";
    public static final BigDecimal TOTAL_POINTS = BigDecimal.valueOf(100);
    public static final int MAX_CRITERIA = 20;

    private final int version;
    private final List<AssessmentCriterion> criteria;
    private final ActorId publishedBy;
    private final Instant publishedAt;
    private final RecordedEvents events = new RecordedEvents();

    private AssessmentCriteriaSet(int version, List<AssessmentCriterion> criteria, ActorId publishedBy, Instant publishedAt) {
        if (version < 1) {
            throw new IllegalArgumentException("version " + version);
        }
        this.version = version;
        this.criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
        if (this.criteria.isEmpty() || this.criteria.size() > MAX_CRITERIA) {
            throw new InvalidValueException("criteria", "ASSESSMENT_CRITERIA_COUNT_INVALID",
                    Map.of("count", this.criteria.size(), "max", MAX_CRITERIA));
        }
        Set<String> codes = new HashSet<>();
        for (AssessmentCriterion criterion : this.criteria) {
            if (!codes.add(criterion.code())) {
                throw new InvalidValueException("criteria", "ASSESSMENT_CRITERION_DUPLICATE", Map.of("code", criterion.code()));
            }
        }
        BigDecimal total = this.criteria.stream().map(AssessmentCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(TOTAL_POINTS) != 0) {
            throw new InvalidValueException("criteria", "ASSESSMENT_CRITERIA_POINTS_NOT_100", Map.of("total", total.toPlainString()));
        }
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /** The district's default: 申报必要性, 投入经济性, 绩效目标合理性, 实施方案可行性, 筹资合规性, 20 points each. */
    public static AssessmentCriteriaSet standard() {
        return new AssessmentCriteriaSet(1, standardCriteria(), null, null);
    }

    public static List<AssessmentCriterion> standardCriteria() {
        return List.of(
                AssessmentCriterion.of("NECESSITY", "申报必要性", 20),
                AssessmentCriterion.of("ECONOMY", "投入经济性", 20),
                AssessmentCriterion.of("GOALS", "绩效目标合理性", 20),
                AssessmentCriterion.of("FEASIBILITY", "实施方案可行性", 20),
                AssessmentCriterion.of("FUNDING", "筹资合规性", 20));
    }

    /** Publishes the version after {@code current}; assessments drafted from now on use it. */
    public static AssessmentCriteriaSet publish(AssessmentCriteriaSet current, List<AssessmentCriterion> criteria,
                                                ActorId publishedBy, Instant publishedAt) {
        AssessmentCriteriaSet next = new AssessmentCriteriaSet(current.version + 1, criteria,
                Objects.requireNonNull(publishedBy, "publishedBy"), Objects.requireNonNull(publishedAt, "publishedAt"));
        next.events.record(new AssessmentCriteriaPublished(next.version));
        return next;
    }

    public static AssessmentCriteriaSet restore(int version, List<AssessmentCriterion> criteria, ActorId publishedBy, Instant publishedAt) {
        return new AssessmentCriteriaSet(version, criteria, publishedBy, publishedAt);
    }

    public int getVersion() {
        return version;
    }

    public List<AssessmentCriterion> getCriteria() {
        return criteria;
    }

    /** Null for the built-in default, which nobody published. */
    public Optional<ActorId> getPublishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    @Override
    public List<DomainEvent> pullEvents() {
        return events.pullEvents();
    }

    @Override
    public AuditSnapshot auditSnapshot() {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", Integer.toString(version));
        fields.put("criteria", criteria.stream().map(c -> c.code() + " " + c.label() + " " + c.maxPoints().toPlainString())
                .collect(Collectors.joining("; ")));
        return new AuditSnapshot(AUDIT_TYPE, Integer.toString(version), fields);
    }
}
