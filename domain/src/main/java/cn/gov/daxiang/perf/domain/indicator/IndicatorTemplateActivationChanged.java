package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/**
 * The finance bureau took a template out of use ({@code active} false) or back into use; recorded even when the
 * template already was so, as the audit trail always has.
 */
public record IndicatorTemplateActivationChanged(TemplateId templateId, boolean active) implements DomainEvent {

    public IndicatorTemplateActivationChanged {
        Objects.requireNonNull(templateId, "templateId");
    }

    @Override
    public String action() {
        return active ? "activate" : "deactivate";
    }
}
