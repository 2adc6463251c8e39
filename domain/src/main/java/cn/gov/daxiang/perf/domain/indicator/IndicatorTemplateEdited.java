package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/**
 * The finance bureau changed a template's wording or levels. The audit trail has always recorded an edit as the
 * transition {@code update}, even one that changed nothing.
 */
public record IndicatorTemplateEdited(TemplateId templateId) implements DomainEvent {

    public IndicatorTemplateEdited {
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
