package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance administration replaced the catalog that assigns grade schemes; grades already given keep their scheme. */
public record GradeSchemeCatalogReplaced(GradeSchemeCatalog catalog) implements DomainEvent {

    public GradeSchemeCatalogReplaced {
        Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public String action() {
        return "update";
    }
}
