package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.Saved;
import cn.gov.daxiang.perf.application.port.in.monitoring.ChangeMonitoringRoundCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.ChangeMonitoringRoundUseCase;
import cn.gov.daxiang.perf.application.port.in.monitoring.FindMonitoringRoundQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.ListMonitoringRoundsQuery;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringRoundDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.OpenMonitoringRoundCommand;
import cn.gov.daxiang.perf.application.port.in.monitoring.OpenMonitoringRoundUseCase;
import cn.gov.daxiang.perf.application.port.out.MonitoringRoundRepository;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundNotFoundException;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.review.EvaluationAccessPolicy;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Monitoring rounds (绩效运行监控): finance opens and reschedules them; everyone reads them. */
@ApplicationScoped
@Transactional
public class MonitoringRoundService implements OpenMonitoringRoundUseCase, ChangeMonitoringRoundUseCase, FindMonitoringRoundQuery,
        ListMonitoringRoundsQuery {

    private final MonitoringRoundRepository rounds;
    private final ChangePipeline pipeline;

    @Inject
    public MonitoringRoundService(MonitoringRoundRepository rounds, ChangePipeline pipeline) {
        this.rounds = rounds;
        this.pipeline = pipeline;
    }

    @Override
    public MonitoringRoundDetails openMonitoringRound(Actor actor, OpenMonitoringRoundCommand command) {
        EvaluationAccessPolicy.requireFinance(actor, "open-monitoring-round");
        MonitoringRound round = MonitoringRound.open(MonitoringRoundId.newId(), command.fiscalYear(), command.cutOffMonth(),
                command.dueDate(), command.warningPolicy() == null ? WarningPolicy.standard() : command.warningPolicy());
        long revision = pipeline.create(actor, round, rounds::add);
        return new MonitoringRoundDetails(round, revision);
    }

    @Override
    public MonitoringRoundDetails changeMonitoringRound(Actor actor, ChangeMonitoringRoundCommand command) {
        MonitoringRoundId id = command.id();
        StoredForChange<MonitoringRound> target = new StoredForChange<>(MonitoringRound.AUDIT_TYPE, id.toString(), command.revision(),
                () -> rounds.findById(id).map(s -> new StoredForChange.Found<>(s.round(), s.revision()))
                        .orElseThrow(() -> new MonitoringRoundNotFoundException(id)),
                rounds::update);
        Saved<MonitoringRound, Void> saved = pipeline.change(actor, target)
                .authorisedBy(target.authorisedBy(round -> EvaluationAccessPolicy.requireFinance(actor, "change-monitoring-round")))
                .apply(round -> {
                    if (command.dueDate() != null) {
                        round.reschedule(command.dueDate());
                    }
                    if (command.warningPolicy() != null) {
                        round.changeWarningPolicy(command.warningPolicy());
                    }
                });
        return new MonitoringRoundDetails(saved.aggregate(), saved.revision());
    }

    @Override
    public MonitoringRoundDetails findMonitoringRound(Actor actor, MonitoringRoundId id) {
        MonitoringRoundRepository.Stored stored = rounds.findById(id).orElseThrow(() -> new MonitoringRoundNotFoundException(id));
        return new MonitoringRoundDetails(stored.round(), stored.revision());
    }

    @Override
    public Page<MonitoringRoundDetails> listMonitoringRounds(Actor actor, FiscalYear fiscalYear, Paging paging) {
        return rounds.find(fiscalYear, paging).map(s -> new MonitoringRoundDetails(s.round(), s.revision()));
    }
}
