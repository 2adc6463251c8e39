package cn.gov.daxiang.perf.domain.goal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a version's review history: who did what when, and what they said. Entries are never
 * changed or removed, so a returned version keeps its reasons readable after it is revised.
 *
 * @param from       the status before; null when the step created the version
 * @param auditGrade the finance grade, for {@link GoalAction#REVIEW_BY_FINANCE} only
 * @param note       the consultation note (良), the adjustment reason, or a reviewer's remark; may be null
 * @param reasons    the return or rejection reasons; empty for other steps
 */
public record ReviewStep(GoalAction action, GoalStatus from, GoalStatus to, String actor, Instant at,
                         AuditGrade auditGrade, String note, List<ReturnReason> reasons) {

    public ReviewStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public Optional<GoalStatus> fromStatus() {
        return Optional.ofNullable(from);
    }

    public Optional<AuditGrade> grade() {
        return Optional.ofNullable(auditGrade);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }
}
