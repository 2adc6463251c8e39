package cn.gov.daxiang.perf.domain.rectification;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance issued the rectification to the responsible unit (from a key evaluation's finding, or raised on an evaluation). */
public record RectificationIssued(RectificationId rectificationId, RectificationSource source, cn.gov.daxiang.perf.domain.budgetunit.UnitCode responsibleUnit, java.time.LocalDate deadline) implements DomainEvent {

    public RectificationIssued {
        Objects.requireNonNull(rectificationId, "rectificationId");
    }

    @Override
    public String action() {
        return "create";
    }
}
