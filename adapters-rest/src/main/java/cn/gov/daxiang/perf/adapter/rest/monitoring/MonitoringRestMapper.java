package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.execution.ExecutionSourceResponse;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.EntriesRequest;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.LineRequest;
import cn.gov.daxiang.perf.adapter.rest.request.DomainRefusals;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRestMapper;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.adapter.rest.shared.ReviewStepResponse;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringEntries;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringRoundDetails;
import cn.gov.daxiang.perf.application.port.in.review.SubmissionContext;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecision;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import org.mapstruct.Mapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

@Mapper
public interface MonitoringRestMapper {

    default MonitoringReportResponse.FundsDecisionResponse toResponse(FundsDecision decision) {
        return new MonitoringReportResponse.FundsDecisionResponse(Coded.of(decision.decision()), decision.decidedBy().value(),
                decision.decidedAt(), decision.reason());
    }

    default MonitoringRoundResponse toResponse(MonitoringRoundDetails details) {
        MonitoringRound round = details.round();
        return new MonitoringRoundResponse(round.getId().toString(), round.getFiscalYear().value(), round.getCutOffMonth(),
                round.getPeriod().label(), round.getTimeProgress().value(), round.getDueDate(),
                round.getWarningPolicy().yellowLagAbove().setScale(2, RoundingMode.UNNECESSARY),
                round.getWarningPolicy().redLagAbove().setScale(2, RoundingMode.UNNECESSARY), details.revision());
    }

    /**
     * @param warning the warning as the caller should read it (see {@link WarningMessages})
     * @param context the page's names and the caller's permissions
     */
    default MonitoringReportResponse toResponse(MonitoringReportDetails details, MonitoringReportResponse.WarningResponse warning,
                                                SubmissionContext context) {
        MonitoringReport report = details.report();
        MonitoringReportResponse.Execution execution = report.getExecution().map(e -> {
            Percentage rate = e.rate().orElse(null);
            ExecutionSourceResponse source = ExecutionSourceResponse.of(report.getReportedExecution().orElseThrow());
            return new MonitoringReportResponse.Execution(e.adjustedBudget().amount(), e.executed().amount(), rate == null ? null : rate.value(),
                    report.getTimeProgress().value(), rate == null ? null : report.getTimeProgress().pointsAbove(rate),
                    source.source(), source.asOf(), source.provinceFigures(), source.overrideReason(), source.deviation(), source.flagged());
        }).orElse(null);
        return new MonitoringReportResponse(report.getId().toString(), report.getRoundId().toString(), report.getFiscalYear().value(),
                report.getPeriod().cutOffMonth(), report.getPeriod().label(), report.getGoal().goalId().toString(), report.getGoal().version(),
                report.getUnitCode().value(), context.unitName(report.getUnitCode()), report.getProjectCode().map(p -> p.value()).orElse(null),
                context.projectName(report.getProjectCode().orElse(null)), details.revision(), Coded.of(report.getStatus()),
                context.offered(report.getStatus(), report.getUnitCode()).stream().map(Coded::of).toList(), execution,
                report.getIndicators().stream().map(i -> line(i, report.getProgress(i.id()).orElse(null))).toList(), warning,
                Coded.of(report.getFundsStatus()), report.getFundsDecisions().stream().map(this::toResponse).toList(),
                report.getHistory().stream().map(ReviewStepResponse::of).toList());
    }

    default MonitoringReportResponse.Line line(EvaluatedIndicator indicator, IndicatorProgress progress) {
        return new MonitoringReportResponse.Line(indicator.id().toString(), indicator.level1Code(), indicator.level2Code(), indicator.name(),
                Coded.of(ValueType.valueOf(indicator.valueType().name())), Coded.of(indicator.comparator()), indicator.target(), indicator.unitOfMeasure(),
                progress == null ? null : progress.actualToDate(), progress == null ? null : progress.projectedYearEnd(),
                progress == null ? null : Coded.of(progress.projectedTier()), progress == null ? null : Coded.of(progress.likelihood()),
                progress == null ? null : progress.deviationReason(), progress == null ? null : progress.correctiveMeasure(),
                progress == null ? null : progress.isOffTrack(indicator));
    }

    /** Whether the report's warning is the one kept at submission (not a draft's preview). */
    default boolean keptWarning(MonitoringReport report) {
        return report.getStatus() != ReviewState.DRAFT;
    }

    /** The body is validated (its shape) before this runs; each line's domain refusal is named by its path. */
    default MonitoringEntries toEntries(EntriesRequest body) {
        List<IndicatorProgress> lines = new ArrayList<>();
        List<LineRequest> given = body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < given.size(); i++) {
            LineRequest line = given.get(i);
            lines.add(DomainRefusals.at("lines[" + i + "]", () -> new IndicatorProgress(line.indicatorId(), line.actualToDate(),
                    line.projectedYearEnd(), line.projectedTier(), line.likelihood(), line.deviationReason(), line.correctiveMeasure())));
        }
        return new MonitoringEntries(SelfEvaluationRestMapper.execution("execution", body.execution()), lines,
                body.execution() == null ? null : body.execution().overrideReason());
    }

    /** Both thresholds or neither (null: the standard one where the caller uses it); its refusals name the threshold. */
    static WarningPolicy policy(BigDecimal yellow, BigDecimal red) {
        if (yellow == null && red == null) {
            return null;
        }
        if (yellow == null) {
            throw DomainRefusals.missing("yellowLagAbove");
        }
        if (red == null) {
            throw DomainRefusals.missing("redLagAbove");
        }
        return new WarningPolicy(yellow, red);
    }
}
