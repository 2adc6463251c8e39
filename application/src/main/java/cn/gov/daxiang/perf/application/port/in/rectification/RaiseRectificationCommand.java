package cn.gov.daxiang.perf.application.port.in.rectification;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Finance raises an item on an evaluation: which one, the project it concerns (null: the responsible unit's overall
 * spending), the unit responsible, the finding's text, and the deadline (null: today + the configured days).
 */
public record RaiseRectificationCommand(EvaluationKind evaluationKind, UUID evaluationId, ProjectCode projectCode,
                                        UnitCode responsibleUnit, String text, LocalDate deadline) {

    public RaiseRectificationCommand {
        CommandFields.require("evaluationKind", evaluationKind);
        CommandFields.require("evaluationId", evaluationId);
        CommandFields.require("responsibleUnitCode", responsibleUnit);
        CommandFields.require("text", text);
    }
}
