package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.event.DomainEvent;

import java.util.Objects;

/** Finance administration changed a scheme's name or bands while it had graded nothing. */
public record GradeSchemeRevised(GradeSchemeId schemeId) implements DomainEvent {

    public GradeSchemeRevised {
        Objects.requireNonNull(schemeId, "schemeId");
    }

    @Override
    public String action() {
        return "update";
    }
}
