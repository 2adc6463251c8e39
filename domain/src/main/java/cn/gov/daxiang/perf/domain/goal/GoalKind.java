package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/** The three kinds of goal that must cover a year's spending (全覆盖). */
public enum GoalKind implements Labelled {
    /** A project's goal (项目绩效目标). */
    PROJECT("项目"),
    /** A unit's goal for all its spending (部门整体绩效目标); one per unit and year, no project. */
    DEPARTMENT_OVERALL("部门整体"),
    /** The district's decomposition of an upper-level transfer payment's goal (上级转移支付绩效目标). */
    TRANSFER_PAYMENT("上级转移支付");

    private final String label;

    GoalKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean requiresProject() {
        return this != DEPARTMENT_OVERALL;
    }

    public boolean requiresUpperLevelGoal() {
        return this == TRANSFER_PAYMENT;
    }

    /** Accepts the code ({@code PROJECT}) or the Chinese label ({@code 项目}). */
    public static GoalKind parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(t) || k.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("GOAL_KIND_UNKNOWN",
                        Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
