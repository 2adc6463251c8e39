package cn.gov.daxiang.perf.domain.selfevaluation;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance administration replaced the self-evaluation weights; evaluations already opened keep theirs. */
public record WeightTemplateCatalogReplaced(WeightTemplateCatalog catalog) implements DomainEvent {

    public WeightTemplateCatalogReplaced {
        Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public String action() {
        return "update";
    }
}
