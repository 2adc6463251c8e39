package cn.gov.daxiang.perf.domain.goal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a goal: version 1 is the goal as first declared, every adjustment (调整) adds the next.
 * A version has its own status, content and review history. Only its goal changes it, and only while it
 * is the goal's current version; a settled version never changes again.
 */
public final class GoalVersion {

    private final int number;
    private GoalStatus status;
    private GoalContent content;
    private AuditGrade auditGrade;
    private final List<ReviewStep> history;

    private GoalVersion(int number, GoalStatus status, GoalContent content, AuditGrade auditGrade, List<ReviewStep> history) {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1: " + number);
        }
        this.number = number;
        this.status = Objects.requireNonNull(status, "status");
        this.content = Objects.requireNonNull(content, "content");
        this.auditGrade = auditGrade;
        this.history = new ArrayList<>(history);
    }

    static GoalVersion first(GoalContent content, String actor, Instant at) {
        GoalVersion version = new GoalVersion(1, GoalStatus.DRAFT, content, null, List.of());
        version.history.add(new ReviewStep(GoalAction.CREATE, null, GoalStatus.DRAFT, actor, at, null, null, List.of()));
        return version;
    }

    /** The next version, a draft with this version's content, opened for the stated reason. */
    GoalVersion adjustment(String reason, String actor, Instant at) {
        GoalVersion next = new GoalVersion(number + 1, GoalStatus.DRAFT, content, null, List.of());
        next.history.add(new ReviewStep(GoalAction.OPEN_ADJUSTMENT, null, GoalStatus.DRAFT, actor, at, null, reason, List.of()));
        return next;
    }

    /** Rebuilds a stored version as it was saved. */
    public static GoalVersion restore(int number, GoalStatus status, GoalContent content, AuditGrade auditGrade,
                                      List<ReviewStep> history) {
        return new GoalVersion(number, status, content, auditGrade, history);
    }

    void record(GoalAction action, GoalStatus to, String actor, Instant at, AuditGrade grade, String note,
                List<ReturnReason> reasons) {
        history.add(new ReviewStep(action, status, to, actor, at, grade, note, reasons));
        status = to;
        if (grade != null) {
            auditGrade = grade;
        }
    }

    void replaceContent(GoalContent newContent) {
        content = Objects.requireNonNull(newContent, "content");
    }

    public int getNumber() {
        return number;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public GoalContent getContent() {
        return content;
    }

    /** The grade of the latest finance review of this version; empty before finance has reviewed it. */
    public Optional<AuditGrade> getAuditGrade() {
        return Optional.ofNullable(auditGrade);
    }

    /** Every step of this version, oldest first. */
    public List<ReviewStep> getHistory() {
        return List.copyOf(history);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isApproved() {
        return status.isApproved();
    }

    /** The reasons of the latest return (退回) of this version, kept after it was revised; empty if never returned. */
    public List<ReturnReason> latestReturnReasons() {
        return latest(s -> s.to() == GoalStatus.RETURNED).map(ReviewStep::reasons).orElse(List.of());
    }

    /** The recorded consultation of the latest 良 grade, if finance graded the version 良. */
    public Optional<String> getConsultationNote() {
        return latest(s -> s.action() == GoalAction.REVIEW_BY_FINANCE && s.auditGrade() == AuditGrade.GOOD)
                .map(ReviewStep::note);
    }

    /** Why this version was opened, for an adjustment (version 2 and later). */
    public Optional<String> getAdjustmentReason() {
        return latest(s -> s.action() == GoalAction.OPEN_ADJUSTMENT).map(ReviewStep::note);
    }

    /** When the version was approved (批复), if it was. */
    public Optional<Instant> getApprovedAt() {
        return latest(s -> s.action() == GoalAction.APPROVE).map(ReviewStep::at);
    }

    private Optional<ReviewStep> latest(java.util.function.Predicate<ReviewStep> which) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (which.test(history.get(i))) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "GoalVersion[" + number + " " + status + "]";
    }
}
