package cn.gov.daxiang.perf.domain.arrangement;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Money;

/** Finance revised a project's budget arrangement ({@code revision} is the new revision's number). */
public record BudgetArrangementRevised(ProjectCode projectCode, int revision, BudgetClassification classification, Money amount)
        implements DomainEvent {

    @Override
    public String action() {
        return "revise";
    }
}
