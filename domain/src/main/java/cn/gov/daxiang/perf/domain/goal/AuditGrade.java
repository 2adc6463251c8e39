package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.shared.Labelled;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Map;

/**
 * The finance bureau's audit grade of a submitted goal (财预〔2015〕88号) and where it sends the goal. 中 is MEDIUM, as in
 * the grade schemes ({@code domain.grade.Grade}): one code for one concept across the service.
 */
public enum AuditGrade implements Labelled {
    /** 优: proceeds to budget arrangement. */
    EXCELLENT("优", GoalStatus.FINANCE_REVIEWED),
    /** 良: proceeds once finance and the unit have consulted; the consultation is recorded. */
    GOOD("良", GoalStatus.FINANCE_REVIEWED),
    /** 中: back to the unit to revise and resubmit. */
    MEDIUM("中", GoalStatus.RETURNED),
    /** 差: may not enter budget arrangement. */
    POOR("差", GoalStatus.REJECTED);

    private final String label;
    private final GoalStatus outcome;

    AuditGrade(String label, GoalStatus outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    @Override
    public String label() {
        return label;
    }

    /** The status a version graded so moves to. */
    public GoalStatus outcome() {
        return outcome;
    }

    /** Accepts the code ({@code GOOD}) or the Chinese label ({@code 良}). */
    public static AuditGrade parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(g -> g.name().equalsIgnoreCase(t) || g.label.equals(t))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("AUDIT_GRADE_UNKNOWN",
                        Map.of("value", t, "allowed", Arrays.toString(values()))));
    }
}
