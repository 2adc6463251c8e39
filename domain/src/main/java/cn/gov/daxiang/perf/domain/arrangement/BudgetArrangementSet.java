package cn.gov.daxiang.perf.domain.arrangement;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Money;

/** Finance set the budget arrangement of a project for the first time. */
public record BudgetArrangementSet(ProjectCode projectCode, BudgetClassification classification, Money amount) implements DomainEvent {

    @Override
    public String action() {
        return "create";
    }
}
