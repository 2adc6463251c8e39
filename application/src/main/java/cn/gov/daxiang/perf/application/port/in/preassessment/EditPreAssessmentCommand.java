package cn.gov.daxiang.perf.application.port.in.preassessment;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.shared.Money;

/** The unit's draft (or returned assessment) as it should now read. */
public record EditPreAssessmentCommand(PreAssessmentId id, long revision, AssessmentPurpose purpose, Money requestedAmount, String summary) {

    public EditPreAssessmentCommand {
        CommandFields.require("purpose", purpose);
        CommandFields.require("requestedAmount", requestedAmount);
    }
}
