package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.goal.ReviewStep;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a goal as callers read it: its content and indicators, the finance bureau's grade, the notes and
 * reasons of its review, and every step it went through, as immutable values.
 *
 * @param auditGrade          null until the finance bureau graded the version
 * @param consultationNote    the finance bureau's consultation note, if any
 * @param adjustmentReason    why the version was opened, for an adjustment (调整); null for the first version
 * @param approvedAt          null until approved (批复)
 * @param latestReturnReasons the reasons of the latest return (or grade 中/差), empty when none
 * @param history             every step, oldest first
 */
public record GoalVersionView(int number, GoalStatus status, AuditGrade auditGrade, String consultationNote,
                              String adjustmentReason, Instant approvedAt, GoalContent content,
                              List<ReturnReason> latestReturnReasons, List<ReviewStep> history) {

    public GoalVersionView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        latestReturnReasons = List.copyOf(latestReturnReasons);
        history = List.copyOf(history);
    }

    static GoalVersionView of(GoalVersion version) {
        return new GoalVersionView(version.getNumber(), version.getStatus(), version.getAuditGrade().orElse(null),
                version.getConsultationNote().orElse(null), version.getAdjustmentReason().orElse(null),
                version.getApprovedAt().orElse(null), version.getContent(), version.latestReturnReasons(), version.getHistory());
    }

    public Optional<AuditGrade> auditGradeIfAny() {
        return Optional.ofNullable(auditGrade);
    }

    public Optional<Instant> approvedAtIfAny() {
        return Optional.ofNullable(approvedAt);
    }
}
