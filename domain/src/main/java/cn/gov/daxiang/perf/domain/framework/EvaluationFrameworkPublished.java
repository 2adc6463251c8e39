package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance published a framework version (a new framework, or the next version of one): a creation in the audit trail. */
public record EvaluationFrameworkPublished(FrameworkReference framework) implements DomainEvent {

    public EvaluationFrameworkPublished {
        Objects.requireNonNull(framework, "framework");
    }

    @Override
    public String action() {
        return "create";
    }
}
