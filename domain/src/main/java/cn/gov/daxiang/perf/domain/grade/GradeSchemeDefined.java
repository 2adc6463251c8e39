package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance administration defined a grade scheme (评价等级); the catalog may assign it from a year on. */
public record GradeSchemeDefined(GradeSchemeId schemeId) implements DomainEvent {

    public GradeSchemeDefined {
        Objects.requireNonNull(schemeId, "schemeId");
    }

    @Override
    public String action() {
        return "create";
    }
}
