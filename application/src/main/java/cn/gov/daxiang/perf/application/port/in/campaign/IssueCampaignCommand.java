package cn.gov.daxiang.perf.application.port.in.campaign;

import cn.gov.daxiang.perf.application.port.in.CommandFields;
import cn.gov.daxiang.perf.domain.campaign.CampaignKind;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;

import java.time.LocalDate;
import java.util.List;

/**
 * A new campaign (工作任务).
 *
 * @param fiscalYear     the year of a self-evaluation campaign; a round campaign takes its round's year (null allowed)
 * @param roundId        the round of a MONITORING_ROUND campaign
 * @param evaluationKind the kind of self-evaluation asked for (null: every kind)
 */
public record IssueCampaignCommand(String title, CampaignKind kind, FiscalYear fiscalYear, MonitoringRoundId roundId,
                                   SelfEvaluationKind evaluationKind, LocalDate deadline, List<CampaignTarget> targets) {

    public IssueCampaignCommand {
        CommandFields.require("kind", kind);
        CommandFields.require("deadline", deadline);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
