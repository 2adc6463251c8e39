package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A three-level indicator system (指标体系): level-1 → level-2 → level-3, every level-3 indicator with its points, all
 * points summing to exactly 100 (百分制). Codes are unique across the tree. Frameworks hold one; an evaluation holds its
 * own copy, which finance or the agency may adjust until fieldwork starts.
 */
public record IndicatorTree(List<IndicatorNode> level1) {

    public static final BigDecimal TOTAL = new BigDecimal("100.00");
    /** More level-1 groups or indicators than any framework has: a tree beyond these is refused before it is stored. */
    public static final int MAX_LEVEL1 = 9;
    public static final int MAX_INDICATORS = 300;

    public IndicatorTree {
        level1 = level1 == null ? List.of() : List.copyOf(level1);
        if (level1.isEmpty()) {
            throw new InvalidValueException("indicators", "INDICATOR_TREE_EMPTY", Map.of());
        }
        if (level1.size() > MAX_LEVEL1) {
            throw new InvalidValueException("indicators", "INDICATOR_TREE_TOO_LARGE",
                    Map.of("level1", level1.size(), "maxLevel1", MAX_LEVEL1, "maxIndicators", MAX_INDICATORS));
        }
        Set<String> codes = new HashSet<>();
        for (IndicatorNode one : level1) {
            requireChildren(one, 1);
            requireNew(codes, one);
            for (IndicatorNode two : one.children()) {
                requireChildren(two, 2);
                requireNew(codes, two);
                for (IndicatorNode three : two.children()) {
                    if (!three.isLeaf()) {
                        throw new InvalidValueException("indicators", "INDICATOR_TREE_TOO_DEEP", Map.of("code", three.code()));
                    }
                    requireNew(codes, three);
                }
            }
        }
        if (codes.size() > MAX_INDICATORS) {
            throw new InvalidValueException("indicators", "INDICATOR_TREE_TOO_LARGE",
                    Map.of("level1", level1.size(), "maxLevel1", MAX_LEVEL1, "maxIndicators", MAX_INDICATORS));
        }
        BigDecimal total = level1.stream().map(IndicatorNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(TOTAL) != 0) {
            throw new InvalidValueException("indicators", "INDICATOR_POINTS_NOT_100", Map.of("total", total.toPlainString()));
        }
    }

    public static IndicatorTree of(IndicatorNode... level1) {
        return new IndicatorTree(List.of(level1));
    }

    /** The level-3 indicators in order, the ones that are scored. */
    public List<IndicatorNode> leaves() {
        List<IndicatorNode> leaves = new ArrayList<>();
        level1.forEach(one -> one.children().forEach(two -> leaves.addAll(two.children())));
        return leaves;
    }

    public Optional<IndicatorNode> leaf(String code) {
        return leaves().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Whether any indicator of any level has the code. */
    public boolean contains(String code) {
        return level1.stream().anyMatch(one -> one.code().equals(code)
                || one.children().stream().anyMatch(two -> two.code().equals(code)
                || two.children().stream().anyMatch(three -> three.code().equals(code))));
    }

    /**
     * The same tree with other points for some level-3 indicators (code → points); the result must again total 100.
     * Every code that is not a level-3 indicator of the tree is named at once.
     */
    public IndicatorTree withPoints(Map<String, BigDecimal> adjusted) {
        List<String> unknown = adjusted.keySet().stream().filter(c -> leaf(c).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("points", "INDICATOR_NOT_LEVEL3", Map.of("codes", unknown));
        }
        List<IndicatorNode> ones = new ArrayList<>();
        for (IndicatorNode one : level1) {
            List<IndicatorNode> twos = new ArrayList<>();
            for (IndicatorNode two : one.children()) {
                List<IndicatorNode> threes = two.children().stream()
                        .map(t -> adjusted.containsKey(t.code()) ? t.withPoints(adjusted.get(t.code())) : t).toList();
                twos.add(new IndicatorNode(two.code(), two.name(), null, two.guidance(), threes));
            }
            ones.add(new IndicatorNode(one.code(), one.name(), null, one.guidance(), twos));
        }
        return new IndicatorTree(ones);
    }

    /** Points per level-1 indicator, in order. */
    public Map<String, BigDecimal> level1Points() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        level1.forEach(one -> points.put(one.code(), one.points()));
        return points;
    }

    /**
     * Warnings for the result-oriented level-1 groups (产出 and 效益 in the national framework): together they should
     * carry at least 60 points. No groups named, no warning.
     */
    public List<FrameworkWarning> warnings(Set<String> resultGroups) {
        if (resultGroups.isEmpty()) {
            return List.of();
        }
        BigDecimal results = level1.stream().filter(one -> resultGroups.contains(one.code()))
                .map(IndicatorNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (results.compareTo(BigDecimal.valueOf(60)) < 0) {
            return List.of(new FrameworkWarning("RESULT_INDICATORS_BELOW_60",
                    Map.of("points", results.toPlainString(), "groups", String.join(",", resultGroups.stream().sorted().toList()))));
        }
        return List.of();
    }

    private static void requireChildren(IndicatorNode node, int level) {
        if (node.isLeaf()) {
            throw new InvalidValueException("indicators", "INDICATOR_TREE_TOO_SHALLOW", Map.of("code", node.code(), "level", level));
        }
    }

    private static void requireNew(Set<String> codes, IndicatorNode node) {
        if (!codes.add(node.code())) {
            throw new InvalidValueException("indicators", "FRAMEWORK_INDICATOR_CODE_DUPLICATE", Map.of("code", node.code()));
        }
    }
}
