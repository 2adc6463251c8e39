package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.shared.DecimalRule;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One indicator of an evaluation framework (一级/二级/三级指标): code, name, points (分值) and scoring guidance
 * (评分标准). Only level-3 indicators carry points of their own; a level-1 or level-2 indicator's points are the sum of
 * its children's, so a tree can never disagree with itself.
 */
public record IndicatorNode(String code, String name, BigDecimal points, String guidance, List<IndicatorNode> children) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int GUIDANCE_MAX_LENGTH = 2000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");

    public IndicatorNode {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code", "FRAMEWORK_INDICATOR_CODE_MALFORMED", Map.of("value", String.valueOf(code)));
        }
        name = Texts.required("name", name, NAME_MAX_LENGTH);
        guidance = Texts.optional("guidance", guidance, GUIDANCE_MAX_LENGTH);
        children = children == null ? List.of() : List.copyOf(children);
        if (children.isEmpty()) {
            if (points == null) {
                throw new InvalidValueException("points", "INDICATOR_POINTS_REQUIRED", Map.of("code", code));
            }
            if (points.stripTrailingZeros().scale() > 2) {
                throw new InvalidValueException("points", "INDICATOR_POINTS_TOO_PRECISE", Map.of("code", code, "points", DecimalRule.shown(points)));
            }
            if (points.signum() <= 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidValueException("points", "INDICATOR_POINTS_OUT_OF_RANGE", Map.of("code", code, "points", DecimalRule.shown(points)));
            }
            points = points.setScale(2, RoundingMode.UNNECESSARY);
        } else {
            points = children.stream().map(IndicatorNode::points).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    /** A level-3 indicator (末级指标) with its points. */
    public static IndicatorNode leaf(String code, String name, String points, String guidance) {
        return new IndicatorNode(code, name, new BigDecimal(points), guidance, List.of());
    }

    /** A level-1 or level-2 indicator; its points are its children's sum. */
    public static IndicatorNode group(String code, String name, String guidance, IndicatorNode... children) {
        return new IndicatorNode(code, name, null, guidance, List.of(children));
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The same indicator with other points (a level-3 indicator only). */
    public IndicatorNode withPoints(BigDecimal newPoints) {
        return new IndicatorNode(code, name, newPoints, guidance, List.of());
    }
}
