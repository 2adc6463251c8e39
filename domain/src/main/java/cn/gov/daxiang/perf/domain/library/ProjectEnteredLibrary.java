package cn.gov.daxiang.perf.domain.library;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;

import java.time.Instant;

/** Finance entered a ready project into the project library (入库). */
public record ProjectEnteredLibrary(ProjectCode projectCode, UnitCode unitCode, ActorId enteredBy, Instant enteredAt) implements DomainEvent {

    @Override
    public String action() {
        return "create";
    }
}
