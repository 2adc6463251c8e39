package cn.gov.daxiang.perf.adapter.rest.rectification;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.RectificationAction;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification item (整改事项): where it comes from (the evaluation and, when issued from a key evaluation's
 * finding, the finding's position), the project (null: the unit's overall spending) and the unit responsible with
 * their names, the finding's text, the deadline, its state and what the caller may do now, whether it is overdue on
 * {@code asOf} (the district's day it was read) and by how many days, the unit's reports (each with its days late),
 * the last return's reason, and the verification.
 */
@Schema(name = "Rectification", requiredProperties = {"id", "evaluationKind", "evaluationId", "evaluationYear", "responsibleUnitCode",
        "responsibleUnitName", "text", "deadline", "state", "allowedActions", "asOf", "overdue", "daysOverdue", "reportedLate", "reports",
        "returnCount", "issuedBy", "issuedAt", "revision"})
public record RectificationResponse(@Schema(format = "uuid") String id, Coded<EvaluationKind> evaluationKind, String evaluationId,
                                    Integer findingIndex, int evaluationYear, String projectCode, String projectName,
                                    String responsibleUnitCode, String responsibleUnitName, String text, LocalDate deadline,
                                    Coded<RectificationState> state,
                                    @Schema(description = "What the caller may do to the item now (its state, the caller's role and unit)")
                                    List<Coded<RectificationAction>> allowedActions,
                                    LocalDate asOf, boolean overdue, long daysOverdue,
                                    boolean reportedLate, List<Report> reports, String returnReason, int returnCount,
                                    String issuedBy, Instant issuedAt, Instant startedAt, String verifiedBy, Instant verifiedAt,
                                    long revision) {

    /** One report of the unit: its round, text, when, the evidence files the item held then, and days after the deadline. */
    @Schema(name = "RectificationReport", requiredProperties = {"round", "text", "reportedAt", "reportedOn", "evidenceFiles", "late", "daysLate"})
    public record Report(int round, String text, Instant reportedAt, LocalDate reportedOn, int evidenceFiles, boolean late, int daysLate) {
    }
}
