package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rectification (整改) a finding proposes: the unit responsible and the deadline. Without a deadline, acceptance
 * sets the default (acceptance date + the configured days, 60 by default). Kept for the rectification workflow that
 * comes with result application; nothing is issued from it yet.
 */
public record ProposedRectification(UnitCode responsibleUnit, LocalDate deadline) {

    public ProposedRectification {
        Objects.requireNonNull(responsibleUnit, "responsibleUnit");
    }

    ProposedRectification withDefaultDeadline(LocalDate defaultDeadline) {
        return deadline == null ? new ProposedRectification(responsibleUnit, defaultDeadline) : this;
    }
}
