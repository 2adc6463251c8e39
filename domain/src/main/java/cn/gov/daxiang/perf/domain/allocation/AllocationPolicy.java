package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.event.RecordedEvents;
import cn.gov.daxiang.perf.domain.event.RecordsEvents;
import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradedScore;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AuditSnapshot;
import cn.gov.daxiang.perf.domain.shared.Auditable;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allocation policy (结果应用规则) as versioned data: for each evaluation type that counts, which grades or score
 * ranges earn which treatment and adjustment, and which type counts when an object has results of several
 * ({@code precedence}, first wins; key evaluations before self-evaluations by default). Finance administration
 * publishes a new version; a decision names the version it was proposed under and keeps it.
 *
 * <p>Rules of a type are either all by grade (every grade mapped exactly once) or all by score range (ranges that
 * cover 0 to 100 without gap or overlap); every type in the precedence has rules, and no other type has any.
 */
public final class AllocationPolicy implements Auditable, RecordsEvents {

    public static final String AUDIT_TYPE = "allocation-policy";
    public static final int MAX_RULES = 50;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100).setScale(2);

    private final int version;
    private final List<EvaluationType> precedence;
    private final List<AllocationRule> rules;
    private final ActorId publishedBy;
    private final Instant publishedAt;
    private final RecordedEvents events = new RecordedEvents();

    private AllocationPolicy(int version, List<EvaluationType> precedence, List<AllocationRule> rules, ActorId publishedBy, Instant publishedAt) {
        if (version < 1) {
            throw new IllegalArgumentException("version " + version);
        }
        this.version = version;
        this.precedence = checkedPrecedence(precedence);
        this.rules = checkedRules(this.precedence, rules);
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /** The district's default, version 1: 优 → 重点支持, 良 → 优先保障, 中 and 较差 → 减少资金或整合项目 −10 %, 差 → 取消安排, for both types; key over self. */
    public static AllocationPolicy standard() {
        return new AllocationPolicy(1, List.of(EvaluationType.KEY_EVALUATION, EvaluationType.SELF_EVALUATION), standardRules(), null, null);
    }

    public static List<AllocationRule> standardRules() {
        List<AllocationRule> rules = new ArrayList<>();
        for (EvaluationType type : List.of(EvaluationType.KEY_EVALUATION, EvaluationType.SELF_EVALUATION)) {
            rules.add(AllocationRule.ofGrade(type, Grade.EXCELLENT, Treatment.KEY_SUPPORT, "0"));
            rules.add(AllocationRule.ofGrade(type, Grade.GOOD, Treatment.PRIORITY, "0"));
            rules.add(AllocationRule.ofGrade(type, Grade.MEDIUM, Treatment.REDUCE_OR_MERGE, "-10"));
            rules.add(AllocationRule.ofGrade(type, Grade.WEAK, Treatment.REDUCE_OR_MERGE, "-10"));
            rules.add(AllocationRule.ofGrade(type, Grade.POOR, Treatment.CANCEL, "-100"));
        }
        return rules;
    }

    /** Publishes the version after {@code current}. */
    public static AllocationPolicy publish(AllocationPolicy current, List<EvaluationType> precedence, List<AllocationRule> rules,
                                           ActorId publishedBy, Instant publishedAt) {
        AllocationPolicy next = new AllocationPolicy(current.version + 1, precedence, rules,
                Objects.requireNonNull(publishedBy, "publishedBy"), Objects.requireNonNull(publishedAt, "publishedAt"));
        next.events.record(new AllocationPolicyPublished(next.version));
        return next;
    }

    public static AllocationPolicy restore(int version, List<EvaluationType> precedence, List<AllocationRule> rules,
                                           ActorId publishedBy, Instant publishedAt) {
        return new AllocationPolicy(version, precedence, rules, publishedBy, publishedAt);
    }

    /** The rule that covers a result of {@code type}, or empty when the type does not count under this policy. */
    public Optional<AllocationRule> ruleFor(EvaluationType type, GradedScore result) {
        List<AllocationRule> ofType = rules.stream().filter(r -> r.evaluationType() == type).toList();
        for (int i = 0; i < ofType.size(); i++) {
            if (ofType.get(i).covers(result, i == ofType.size() - 1)) {
                return Optional.of(ofType.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Of the results one object has, the one that counts: the first type in the precedence that has any, and of
     * several of that type the latest concluded. Empty when none is of a counting type.
     */
    public Optional<EvaluationResult> counting(List<EvaluationResult> results) {
        for (EvaluationType type : precedence) {
            Optional<EvaluationResult> latest = results.stream().filter(r -> r.type() == type)
                    .max(Comparator.comparing(EvaluationResult::concludedAt).thenComparing(EvaluationResult::evaluationId));
            if (latest.isPresent()) {
                return latest;
            }
        }
        return Optional.empty();
    }

    private static List<EvaluationType> checkedPrecedence(List<EvaluationType> precedence) {
        if (precedence == null || precedence.isEmpty()) {
            throw new InvalidValueException("precedence", "ALLOCATION_PRECEDENCE_EMPTY", Map.of());
        }
        Set<EvaluationType> seen = new LinkedHashSet<>();
        for (EvaluationType type : precedence) {
            Objects.requireNonNull(type, "precedence type");
            if (!seen.add(type)) {
                throw new InvalidValueException("precedence", "ALLOCATION_PRECEDENCE_DUPLICATE", Map.of("evaluationType", type.name()));
            }
        }
        return List.copyOf(precedence);
    }

    private static List<AllocationRule> checkedRules(List<EvaluationType> precedence, List<AllocationRule> given) {
        if (given == null || given.isEmpty() || given.size() > MAX_RULES) {
            throw new InvalidValueException("rules", "ALLOCATION_RULES_COUNT_INVALID", Map.of("count", given == null ? 0 : given.size(), "max", MAX_RULES));
        }
        List<AllocationRule> ordered = new ArrayList<>();
        for (AllocationRule rule : given) {
            if (!precedence.contains(rule.evaluationType())) {
                throw new InvalidValueException("rules", "ALLOCATION_RULE_TYPE_NOT_COUNTED", Map.of("evaluationType", rule.evaluationType().name()));
            }
        }
        for (EvaluationType type : precedence) {
            List<AllocationRule> ofType = given.stream().filter(r -> r.evaluationType() == type).toList();
            if (ofType.isEmpty()) {
                throw new InvalidValueException("rules", "ALLOCATION_TYPE_WITHOUT_RULES", Map.of("evaluationType", type.name()));
            }
            boolean byGrade = ofType.get(0).byGrade();
            if (ofType.stream().anyMatch(r -> r.byGrade() != byGrade)) {
                throw new InvalidValueException("rules", "ALLOCATION_RULES_MIXED", Map.of("evaluationType", type.name()));
            }
            ordered.addAll(byGrade ? checkedGrades(type, ofType) : checkedRanges(type, ofType));
        }
        return List.copyOf(ordered);
    }

    private static List<AllocationRule> checkedGrades(EvaluationType type, List<AllocationRule> ofType) {
        Set<Grade> seen = EnumSet.noneOf(Grade.class);
        for (AllocationRule rule : ofType) {
            if (!seen.add(rule.grade())) {
                throw new InvalidValueException("rules", "ALLOCATION_GRADE_MAPPED_TWICE", Map.of("evaluationType", type.name(), "grade", rule.grade().name()));
            }
        }
        Set<Grade> missing = EnumSet.complementOf(EnumSet.copyOf(seen));
        if (!missing.isEmpty()) {
            throw new InvalidValueException("rules", "ALLOCATION_GRADE_NOT_MAPPED", Map.of("evaluationType", type.name(),
                    "grades", missing.stream().map(Grade::name).collect(Collectors.joining(", "))));
        }
        return ofType.stream().sorted(Comparator.comparing(AllocationRule::grade)).toList();
    }

    private static List<AllocationRule> checkedRanges(EvaluationType type, List<AllocationRule> ofType) {
        List<AllocationRule> sorted = ofType.stream().sorted(Comparator.comparing(AllocationRule::minScore)).toList();
        BigDecimal expected = BigDecimal.ZERO.setScale(2);
        for (AllocationRule rule : sorted) {
            int compared = rule.minScore().compareTo(expected);
            if (compared > 0) {
                throw new InvalidValueException("rules", "ALLOCATION_RANGES_GAP", Map.of("evaluationType", type.name(),
                        "from", expected.toPlainString(), "to", rule.minScore().toPlainString()));
            }
            if (compared < 0) {
                throw new InvalidValueException("rules", "ALLOCATION_RANGES_OVERLAP", Map.of("evaluationType", type.name(),
                        "from", rule.minScore().toPlainString(), "to", expected.toPlainString()));
            }
            expected = rule.maxScore();
        }
        if (expected.compareTo(HUNDRED) != 0) {
            throw new InvalidValueException("rules", "ALLOCATION_RANGES_GAP", Map.of("evaluationType", type.name(),
                    "from", expected.toPlainString(), "to", HUNDRED.toPlainString()));
        }
        return sorted;
    }

    public int getVersion() {
        return version;
    }

    public List<EvaluationType> getPrecedence() {
        return precedence;
    }

    /** Grouped by type in precedence order; grades in order 优 to 差, ranges from low to high. */
    public List<AllocationRule> getRules() {
        return rules;
    }

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
        fields.put("precedence", precedence.stream().map(Enum::name).collect(Collectors.joining(", ")));
        fields.put("rules", rules.stream().map(r -> r.evaluationType().name() + " "
                + (r.byGrade() ? r.grade().name() : r.minScore().toPlainString() + "-" + r.maxScore().toPlainString())
                + " " + r.treatment().name() + " " + r.adjustment()).collect(Collectors.joining("; ")));
        return new AuditSnapshot(AUDIT_TYPE, Integer.toString(version), fields);
    }
}
