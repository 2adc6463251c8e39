package cn.gov.daxiang.perf.adapter.rest.rectification;

import cn.gov.daxiang.perf.adapter.rest.shared.LabelledCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification item (整改事项): where it comes from (the evaluation and, when issued from a key evaluation's
 * finding, the finding's position), the project (null: the unit's overall spending), the unit responsible, the
 * finding's text, the deadline, its state and what may be done now, whether it is overdue on {@code asOf} (the district's
 * day it was read) and by how many days, the unit's reports (each with its days late), the last return's reason, and
 * the verification.
 */
public record RectificationResponse(String id, LabelledCode evaluationKind, String evaluationId, Integer findingIndex, int evaluationYear,
                                    String projectCode, String responsibleUnitCode, String text, LocalDate deadline,
                                    LabelledCode state, List<String> allowedActions, LocalDate asOf, boolean overdue, long daysOverdue,
                                    boolean reportedLate, List<Report> reports, String returnReason, int returnCount,
                                    String issuedBy, Instant issuedAt, Instant startedAt, String verifiedBy, Instant verifiedAt,
                                    long revision) {

    /** One report of the unit: its round, text, when, the evidence files the item held then, and days after the deadline. */
    public record Report(int round, String text, Instant reportedAt, LocalDate reportedOn, int evidenceFiles, boolean late, int daysLate) {
    }
}
