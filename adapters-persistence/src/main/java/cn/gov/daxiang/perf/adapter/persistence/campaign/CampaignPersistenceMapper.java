package cn.gov.daxiang.perf.adapter.persistence.campaign;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignKind;
import cn.gov.daxiang.perf.domain.campaign.CampaignScope;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper
public interface CampaignPersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "campaignPk", ignore = true)
    @Mapping(target = "ordinal", ignore = true)
    @Mapping(target = "unitCode", source = "unitCode.value")
    @Mapping(target = "amount", source = "amount.amount")
    CampaignTargetJpaEntity toEntity(CampaignTarget target);

    default CampaignTarget toDomain(CampaignTargetJpaEntity entity) {
        return CampaignTarget.of(new UnitCode(entity.unitCode), new Money(entity.amount));
    }

    default Campaign toDomain(CampaignJpaEntity root, List<CampaignTargetJpaEntity> targets) {
        CampaignScope scope = new CampaignScope(CampaignKind.valueOf(root.kind), root.roundId == null ? null : MonitoringRoundId.of(root.roundId),
                root.evaluationKind == null ? null : SelfEvaluationKind.valueOf(root.evaluationKind));
        return Campaign.restore(CampaignId.of(root.campaignId), root.title, scope, FiscalYear.of(root.fiscalYear),
                targets.stream().map(this::toDomain).toList(), root.deadline, ActorId.of(root.issuedBy));
    }

    /** The root row's fields; everything but the deadline is set once, on a new row. */
    default void copyToRoot(Campaign campaign, CampaignJpaEntity root) {
        if (root.campaignId == null) {
            root.campaignId = campaign.getId().value();
            root.title = campaign.getTitle();
            root.kind = campaign.getKind().name();
            root.fiscalYear = campaign.getFiscalYear().value();
            root.roundId = campaign.getScope().roundId() == null ? null : campaign.getScope().roundId().value();
            root.evaluationKind = campaign.getScope().evaluationKind() == null ? null : campaign.getScope().evaluationKind().name();
            root.issuedBy = campaign.getIssuedBy().value();
        }
        root.deadline = campaign.getDeadline();
    }
}
