package cn.gov.daxiang.perf.domain.arrangement;

import cn.gov.daxiang.perf.domain.shared.Money;

/**
 * What finance proposes for a project: the amount, and optionally the classification (null keeps the current one,
 * or the default for the project's category) with its reason.
 */
public record ArrangementProposal(Money amount, BudgetClassification classification, String classificationReason) {
}
