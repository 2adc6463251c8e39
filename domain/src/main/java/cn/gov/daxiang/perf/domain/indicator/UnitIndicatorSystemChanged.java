package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/**
 * A template was chosen into a unit's indicator system ({@code chosen} true) or dropped from it. The audit trail
 * records it as the transition {@code update} of the unit's system, as it always has.
 */
public record UnitIndicatorSystemChanged(UnitCode unitCode, TemplateId templateId, boolean chosen) implements DomainEvent {

    public UnitIndicatorSystemChanged {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(templateId, "templateId");
    }

    @Override
    public String action() {
        return "update";
    }

    @Override
    public boolean auditedAsTransition() {
        return true;
    }
}
