package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import java.util.List;

/**
 * The state of one goal version, with the actions it allows. A version is open while it can still
 * move towards approval; REJECTED, APPROVED and PUBLISHED are settled (APPROVED may still be published).
 */
public enum GoalStatus implements Labelled {
    DRAFT("草稿", true, GoalAction.EDIT, GoalAction.SUBMIT),
    SUBMITTED("已申报", true, GoalAction.PASS_DEPARTMENT_REVIEW, GoalAction.RETURN),
    DEPT_REVIEWED("主管部门已审核", true, GoalAction.REVIEW_BY_FINANCE, GoalAction.RETURN),
    FINANCE_REVIEWED("财政已审核", true, GoalAction.APPROVE),
    RETURNED("已退回", true, GoalAction.EDIT, GoalAction.REVISE),
    /** Graded 差 by finance: may not enter budget arrangement. Final. */
    REJECTED("未通过", false),
    APPROVED("已批复", false, GoalAction.PUBLISH, GoalAction.OPEN_ADJUSTMENT),
    PUBLISHED("已公开", false, GoalAction.OPEN_ADJUSTMENT);

    private final String label;
    private final boolean open;
    private final List<GoalAction> allowedActions;

    GoalStatus(String label, boolean open, GoalAction... allowedActions) {
        this.label = label;
        this.open = open;
        this.allowedActions = List.of(allowedActions);
    }

    @Override
    public String label() {
        return label;
    }

    /** The actions a version in this state allows, when it is the goal's current version. */
    public List<GoalAction> allowedActions() {
        return allowedActions;
    }

    public boolean allows(GoalAction action) {
        return allowedActions.contains(action);
    }

    /** Still on its way to approval (or back to the unit): at most one open version per goal. */
    public boolean isOpen() {
        return open;
    }

    /** Approved (批复), published or not: what monitoring and evaluation work against. */
    public boolean isApproved() {
        return this == APPROVED || this == PUBLISHED;
    }

    /** Accepts the code, e.g. {@code SUBMITTED}, in any case, or the label ({@code 已申报}). */
    public static GoalStatus parse(String text) {
        String t = text == null ? "" : text.strip();
        return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t) || s.label.equals(t)).findFirst()
                .orElseThrow(() -> new cn.gov.daxiang.perf.domain.shared.InvalidValueException("GOAL_STATUS_UNKNOWN",
                        java.util.Map.of("value", t, "allowed", java.util.Arrays.toString(values()))));
    }
}
