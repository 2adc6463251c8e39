package cn.gov.daxiang.perf.domain.scoring;

import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.UUID;

/**
 * The self-evaluation weights (自评权重): the budget execution rate's weight and one weight per level-1
 * indicator group, together exactly 100. The default is 预算执行率 10, 产出 50, 效益 30, 满意度 10;
 * "如有特殊情况，一级指标权重可做适当调整", so any split that adds up to 100 is accepted.
 *
 * @param groupWeights level-1 code → weight, in the order the self-evaluation table lists the groups
 */
public record WeightTemplate(BigDecimal executionRateWeight, Map<String, BigDecimal> groupWeights) {

    /** The level-1 codes of the goal taxonomy the default template names. */
    public static final String OUTPUT = "OUTPUT";
    public static final String BENEFIT = "BENEFIT";
    public static final String SATISFACTION = "SATISFACTION";
    /** How {@link #excluding} names the execution-rate part in refusals. */
    public static final String EXECUTION_RATE_PART = "executionRate";
    /** How refusals name the group weights, and a group's weight as {@code groups.OUTPUT}. */
    public static final String GROUPS_FIELD = "groups";

    public WeightTemplate {
        executionRateWeight = checkedWeight(EXECUTION_RATE_PART, EXECUTION_RATE_PART, executionRateWeight);
        Objects.requireNonNull(groupWeights, "groupWeights");
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        groupWeights.forEach((code, weight) -> {
            String group = Texts.required(GROUPS_FIELD, code, EvaluatedIndicator.CODE_MAX_LENGTH);
            copy.put(group, checkedWeight(GROUPS_FIELD + "." + group, group, weight));
        });
        if (copy.isEmpty()) {
            throw new InvalidValueException("WEIGHT_TEMPLATE_WITHOUT_GROUPS", Map.of());
        }
        BigDecimal sum = copy.values().stream().reduce(executionRateWeight, BigDecimal::add);
        if (sum.compareTo(Score.MAX) != 0) {
            throw new InvalidValueException("WEIGHT_TEMPLATE_SUM_NOT_HUNDRED", Map.of("sum", sum.toPlainString()));
        }
        groupWeights = Collections.unmodifiableMap(copy);
    }

    /** 预算执行率 10, 产出 50, 效益 30, 满意度 10. */
    public static WeightTemplate standard() {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        groups.put(OUTPUT, BigDecimal.valueOf(50));
        groups.put(BENEFIT, BigDecimal.valueOf(30));
        groups.put(SATISFACTION, BigDecimal.valueOf(10));
        return new WeightTemplate(BigDecimal.TEN, groups);
    }

    public BigDecimal groupWeight(String level1Code) {
        BigDecimal weight = groupWeights.get(level1Code);
        if (weight == null) {
            throw new RuleViolationException("WEIGHT_GROUP_NOT_IN_TEMPLATE",
                    Map.of("level1Code", level1Code, "groups", List.copyOf(groupWeights.keySet())));
        }
        return weight;
    }

    /**
     * The template without groups that do not apply to a goal (a goal with no 满意度 indicator, say):
     * the remaining parts, execution rate included, are scaled up in proportion to add up to 100 again
     * (the local practice of "不适用指标剔除后按比例折算"), two decimals by {@link Apportionment}.
     */
    public WeightTemplate excluding(Set<String> notApplicable) {
        for (String group : notApplicable) {
            groupWeight(group);
        }
        List<String> kept = groupWeights.keySet().stream().filter(g -> !notApplicable.contains(g)).toList();
        if (kept.isEmpty()) {
            throw new InvalidValueException("WEIGHT_TEMPLATE_WITHOUT_GROUPS", Map.of());
        }
        List<BigDecimal> shares = new ArrayList<>();
        shares.add(executionRateWeight);
        kept.forEach(g -> shares.add(groupWeights.get(g)));
        if (shares.stream().allMatch(s -> s.signum() == 0)) {
            throw new InvalidValueException("WEIGHT_TEMPLATE_SUM_NOT_HUNDRED", Map.of("sum", "0"));
        }
        List<BigDecimal> scaled = Apportionment.byLargestRemainder(Score.MAX, shares);
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            groups.put(kept.get(i), scaled.get(i + 1));
        }
        return new WeightTemplate(scaled.get(0), groups);
    }

    /**
     * The template a goal can be scored with: unchanged when every weighted level-1 group has indicators,
     * else {@link #excluding} the weighted groups the goal has no indicator in (a 部门整体 goal without a
     * 满意度 indicator, say), the rest scaled up to 100. Indicators of a group the template does not name
     * stay refused when the weights are allocated.
     */
    public WeightTemplate fittedTo(List<EvaluatedIndicator> indicators) {
        Set<String> present = new LinkedHashSet<>();
        indicators.forEach(i -> present.add(i.level1Code()));
        Set<String> absent = new LinkedHashSet<>();
        groupWeights.forEach((group, weight) -> {
            if (weight.signum() > 0 && !present.contains(group)) {
                absent.add(group);
            }
        });
        return absent.isEmpty() ? this : excluding(absent);
    }

    /**
     * Each indicator's 分值: every level-1 group's weight is split across the group's indicators in
     * proportion to the indicators' own weights, or equally when none of them has one (a group must
     * not mix the two: that would be a guess). Splits keep two decimals and add up to the group's
     * weight exactly ({@link Apportionment}), so the parts of a score sheet always add up to 100.
     * Every indicator's group must be in the template, and every group with a weight must have an
     * indicator (otherwise its points could never be earned; use {@link #excluding}).
     *
     * @return indicator id → 分值, in the order of {@code indicators}
     */
    public Map<UUID, BigDecimal> allocate(List<EvaluatedIndicator> indicators) {
        Map<String, List<EvaluatedIndicator>> byGroup = new LinkedHashMap<>();
        for (EvaluatedIndicator indicator : indicators) {
            if (!groupWeights.containsKey(indicator.level1Code())) {
                throw new RuleViolationException("WEIGHT_GROUP_NOT_IN_TEMPLATE", Map.of(
                        "level1Code", indicator.level1Code(), "indicator", indicator.name(),
                        "groups", List.copyOf(groupWeights.keySet())));
            }
            byGroup.computeIfAbsent(indicator.level1Code(), g -> new ArrayList<>()).add(indicator);
        }
        Map<UUID, BigDecimal> allocated = new LinkedHashMap<>();
        groupWeights.forEach((group, weight) -> {
            List<EvaluatedIndicator> members = byGroup.getOrDefault(group, List.of());
            if (members.isEmpty()) {
                if (weight.signum() > 0) {
                    throw new RuleViolationException("WEIGHT_GROUP_WITHOUT_INDICATORS",
                            Map.of("level1Code", group, "weight", weight.toPlainString()));
                }
                return;
            }
            List<BigDecimal> split = Apportionment.byLargestRemainder(weight, sharesOf(group, members));
            for (int i = 0; i < members.size(); i++) {
                allocated.put(members.get(i).id(), split.get(i));
            }
        });
        Map<UUID, BigDecimal> ordered = new LinkedHashMap<>();
        indicators.forEach(i -> ordered.put(i.id(), allocated.get(i.id())));
        return Collections.unmodifiableMap(ordered);
    }

    private static List<BigDecimal> sharesOf(String group, List<EvaluatedIndicator> members) {
        long weighted = members.stream().filter(EvaluatedIndicator::hasWeight).count();
        if (weighted == 0) {
            return members.stream().map(m -> BigDecimal.ONE).toList();
        }
        if (weighted < members.size()) {
            Set<String> unweighted = new LinkedHashSet<>();
            members.stream().filter(m -> !m.hasWeight()).forEach(m -> unweighted.add(m.name()));
            throw new RuleViolationException("EVALUATED_INDICATOR_WEIGHTS_PARTIAL",
                    Map.of("level1Code", group, "indicators", List.copyOf(unweighted)));
        }
        return members.stream().map(EvaluatedIndicator::weight).toList();
    }

    /** A weight of the template or of a score sheet part: given, not negative, two decimals at most, at most 100. */
    static BigDecimal checkedWeight(String part, BigDecimal weight) {
        return checkedWeight(null, part, weight);
    }

    /**
     * {@link #checkedWeight(String, BigDecimal)} naming the field a refusal concerns ({@code executionRate},
     * {@code groups.OUTPUT}); every accepted weight fits NUMERIC(5,2) exactly.
     */
    private static BigDecimal checkedWeight(String field, String part, BigDecimal weight) {
        if (weight == null) {
            throw new InvalidValueException(field, "WEIGHT_REQUIRED", Map.of("part", part));
        }
        if (weight.signum() < 0 || weight.compareTo(Score.MAX) > 0 || weight.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(field, "WEIGHT_INVALID", Map.of("part", part, "weight", DecimalRule.shown(weight)));
        }
        return weight.setScale(2);
    }
}
