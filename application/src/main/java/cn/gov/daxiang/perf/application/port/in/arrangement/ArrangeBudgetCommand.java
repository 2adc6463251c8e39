package cn.gov.daxiang.perf.application.port.in.arrangement;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Money;

/**
 * Sets or revises a project's arrangement.
 *
 * @param expectedRevision the revision revised; null to set the first arrangement (stale if one exists)
 * @param classification   null keeps the current classification (or the category's default for a first one)
 */
public record ArrangeBudgetCommand(ProjectCode projectCode, Long expectedRevision, Money amount, BudgetClassification classification,
                                   String classificationReason) {

    public ArrangeBudgetCommand {
        CommandFields.require("projectCode", projectCode);
        CommandFields.require("amount", amount);
    }
}
