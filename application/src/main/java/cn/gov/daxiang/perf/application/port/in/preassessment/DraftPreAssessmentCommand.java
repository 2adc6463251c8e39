package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.shared.Money;

/** A new assessment of a project: why it is assessed, what the unit asks for (申请金额), and an optional summary. */
public record DraftPreAssessmentCommand(ProjectCode projectCode, AssessmentPurpose purpose, Money requestedAmount, String summary) {

    public DraftPreAssessmentCommand {
        CommandFields.require("projectCode", projectCode);
        CommandFields.require("purpose", purpose);
        CommandFields.require("requestedAmount", requestedAmount);
    }
}
