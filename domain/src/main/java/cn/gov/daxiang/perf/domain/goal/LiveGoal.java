package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One live goal per subject: of a kind, for one subject (a project, or the unit itself, see {@link GoalSubject}) and
 * one year, at most one goal may be live. Every goal is live except a rejected one (差): a rejection frees the
 * subject for a new declaration, nothing else does.
 *
 * @param subjectKey the subject's {@link GoalSubject#key}
 */
public record LiveGoal(GoalKind kind, FiscalYear fiscalYear, String subjectKey) {

    private static final Set<GoalStatus> LIVE = EnumSet.complementOf(EnumSet.of(GoalStatus.REJECTED));

    public LiveGoal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(subjectKey, "subjectKey");
    }

    /** The subject of a declaration or a stored goal. */
    public static LiveGoal of(PerformanceGoal goal) {
        return of(goal.getKind(), goal.getFiscalYear(), goal.getUnitCode(), goal.getProjectCode().orElse(null));
    }

    public static LiveGoal of(GoalKind kind, FiscalYear fiscalYear, UnitCode unit, ProjectCode project) {
        return new LiveGoal(kind, fiscalYear, GoalSubject.key(kind, unit, project));
    }

    /** The states of a live goal's current version (the goal's status): every state but REJECTED. */
    public static Set<GoalStatus> liveStatuses() {
        return EnumSet.copyOf(LIVE);
    }

    public static boolean isLive(GoalStatus status) {
        return LIVE.contains(status);
    }

    /** Whether {@code goal} is the live goal of this subject. */
    public boolean isMetBy(PerformanceGoal goal) {
        return goal.getKind() == kind && goal.getFiscalYear().equals(fiscalYear)
                && GoalSubject.key(goal.getKind(), goal.getUnitCode(), goal.getProjectCode().orElse(null)).equals(subjectKey)
                && isLive(goal.getStatus());
    }

    /** The refusal of a second live goal; {@code existingGoal} names the live one, "?" when unknown (a race lost at the unique key). */
    public AlreadyExistsException alreadyDeclared(String existingGoal) {
        return new AlreadyExistsException("GOAL_ALREADY_DECLARED", Map.of("kind", kind.name(), "subject", subjectKey,
                "fiscalYear", fiscalYear.value(), "goalId", existingGoal));
    }
}
