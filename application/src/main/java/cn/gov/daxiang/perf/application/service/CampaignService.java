package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.campaign.AddCampaignTargetsCommand;
import cn.gov.daxiang.perf.application.port.in.campaign.AddCampaignTargetsUseCase;
import cn.gov.daxiang.perf.application.port.in.campaign.CampaignDetails;
import cn.gov.daxiang.perf.application.port.in.campaign.ExtendCampaignDeadlineCommand;
import cn.gov.daxiang.perf.application.port.in.campaign.ExtendCampaignDeadlineUseCase;
import cn.gov.daxiang.perf.application.port.in.campaign.IssueCampaignCommand;
import cn.gov.daxiang.perf.application.port.in.campaign.IssueCampaignUseCase;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.CampaignRepository;
import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.campaign.CampaignId;
import cn.gov.daxiang.perf.domain.campaign.CampaignKind;
import cn.gov.daxiang.perf.domain.campaign.CampaignScope;
import cn.gov.daxiang.perf.domain.campaign.CampaignTarget;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Campaigns (工作任务): finance issues them, extends their deadlines and adds units it missed. */
@ApplicationScoped
@Transactional
public class CampaignService implements IssueCampaignUseCase, ExtendCampaignDeadlineUseCase, AddCampaignTargetsUseCase {

    private final CampaignRepository campaigns;
    private final MonitoringRoundRepository rounds;
    private final BudgetUnitRepository units;
    private final CampaignProgressReader progress;
    private final ChangePipeline pipeline;

    @Inject
    public CampaignService(CampaignRepository campaigns, MonitoringRoundRepository rounds, BudgetUnitRepository units,
                           CampaignProgressReader progress, ChangePipeline pipeline) {
        this.campaigns = campaigns;
        this.rounds = rounds;
        this.units = units;
        this.progress = progress;
        this.pipeline = pipeline;
    }

    @Override
    public CampaignDetails issueCampaign(Actor actor, IssueCampaignCommand command) {
        EvaluationAccessPolicy.requireFinance(actor, "issue-campaign");
        requireKnownUnits(command.targets());
        ActorId issuer = ActorId.of(actor.userId());
        Campaign campaign;
        if (command.kind() == CampaignKind.MONITORING_ROUND) {
            if (command.roundId() == null) {
                throw new InvalidValueException("roundId", "CAMPAIGN_ROUND_REQUIRED", Map.of("kind", command.kind().name()));
            }
            MonitoringRound round = rounds.findById(command.roundId()).map(MonitoringRoundRepository.Stored::round)
                    .orElseThrow(() -> new InvalidValueException("roundId", "MONITORING_ROUND_UNKNOWN", Map.of("roundId", command.roundId().toString())));
            if (command.fiscalYear() != null && !command.fiscalYear().equals(round.getFiscalYear())) {
                throw new InvalidValueException("fiscalYear", "CAMPAIGN_YEAR_NOT_THE_ROUNDS",
                        Map.of("fiscalYear", command.fiscalYear().value(), "roundFiscalYear", round.getFiscalYear().value()));
            }
            if (command.evaluationKind() != null) {
                throw new InvalidValueException("evaluationKind", "CAMPAIGN_EVALUATION_KIND_NOT_ALLOWED", Map.of("kind", command.kind().name()));
            }
            campaign = Campaign.issueForRound(CampaignId.newId(), command.title(), round, command.targets(), command.deadline(), issuer);
        } else {
            if (command.fiscalYear() == null) {
                throw new InvalidValueException("fiscalYear", "REQUEST_FIELD_REQUIRED", Map.of("field", "fiscalYear"));
            }
            campaign = Campaign.issue(CampaignId.newId(), command.title(), new CampaignScope(command.kind(), command.roundId(),
                    command.evaluationKind()), command.fiscalYear(), command.targets(), command.deadline(), issuer);
        }
        long revision = pipeline.create(actor, campaign, campaigns::add);
        return progress.details(actor, campaign, revision);
    }

    @Override
    public CampaignDetails extendCampaignDeadline(Actor actor, ExtendCampaignDeadlineCommand command) {
        return change(actor, command.id(), command.revision(), "extend-campaign-deadline",
                campaign -> campaign.extendDeadline(command.deadline()));
    }

    @Override
    public CampaignDetails addCampaignTargets(Actor actor, AddCampaignTargetsCommand command) {
        return change(actor, command.id(), command.revision(), "add-campaign-targets", campaign -> {
            requireKnownUnits(command.targets());
            campaign.addTargets(command.targets());
        });
    }

    private CampaignDetails change(Actor actor, CampaignId id, long revision, String operation, Consumer<Campaign> change) {
        StoredForChange<Campaign> target = new StoredForChange<>(Campaign.AUDIT_TYPE, id.toString(), revision, () -> {
            CampaignRepository.Stored stored = progress.visible(actor, id);
            return new StoredForChange.Found<>(stored.campaign(), stored.revision());
        }, campaigns::update);
        Saved<Campaign, Void> saved = pipeline.change(actor, target)
                .authorisedBy(target.authorisedBy(campaign -> EvaluationAccessPolicy.requireFinance(actor, operation)))
                .apply(change);
        return progress.details(actor, saved.aggregate(), saved.revision());
    }

    /** Every unit a campaign addresses must exist; the refusal names all that do not. */
    private void requireKnownUnits(List<CampaignTarget> targets) {
        Set<UnitCode> wanted = targets.stream().map(CampaignTarget::unitCode).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Set<UnitCode> known = units.findByCodes(wanted).stream().map(BudgetUnit::getCode).collect(Collectors.toSet());
        List<String> unknown = wanted.stream().filter(u -> !known.contains(u)).map(UnitCode::value).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("targets", "CAMPAIGN_UNITS_UNKNOWN", Map.of("unitCodes", unknown));
        }
    }

}
