package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** The finance bureau added a template to the indicator library (指标库). */
public record IndicatorTemplateAdded(TemplateId templateId) implements DomainEvent {

    public IndicatorTemplateAdded {
        Objects.requireNonNull(templateId, "templateId");
    }

    @Override
    public String action() {
        return "create";
    }
}
