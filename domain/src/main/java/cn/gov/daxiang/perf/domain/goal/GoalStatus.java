package cn.gov.daxiang.perf.domain.goal;

import java.util.List;

/**
 * The state of one goal version, with the actions it allows. A version is open while it can still
 * move towards approval; REJECTED, APPROVED and PUBLISHED are settled (APPROVED may still be published).
 */
public enum GoalStatus {
    DRAFT(true, GoalAction.EDIT, GoalAction.SUBMIT),
    SUBMITTED(true, GoalAction.PASS_DEPARTMENT_REVIEW, GoalAction.RETURN),
    DEPT_REVIEWED(true, GoalAction.REVIEW_BY_FINANCE, GoalAction.RETURN),
    FINANCE_REVIEWED(true, GoalAction.APPROVE),
    RETURNED(true, GoalAction.EDIT, GoalAction.REVISE),
    /** Graded 差 by finance: may not enter budget arrangement. Final. */
    REJECTED(false),
    APPROVED(false, GoalAction.PUBLISH, GoalAction.OPEN_ADJUSTMENT),
    PUBLISHED(false, GoalAction.OPEN_ADJUSTMENT);

    private final boolean open;
    private final List<GoalAction> allowedActions;

    GoalStatus(boolean open, GoalAction... allowedActions) {
        this.open = open;
        this.allowedActions = List.of(allowedActions);
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

    /** Accepts the code, e.g. {@code SUBMITTED}, in any case. */
    public static GoalStatus parse(String text) {
        String t = text == null ? "" : text.strip();
        return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t)).findFirst()
                .orElseThrow(() -> new cn.gov.daxiang.perf.domain.shared.InvalidValueException("GOAL_STATUS_UNKNOWN",
                        java.util.Map.of("value", t, "allowed", java.util.Arrays.toString(values()))));
    }
}
