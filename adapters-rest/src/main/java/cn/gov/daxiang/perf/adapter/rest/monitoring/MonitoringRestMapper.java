package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.execution.ExecutionSourceResponse;

import cn.gov.daxiang.perf.adapter.rest.shared.ReviewStepResponse;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringReportDetails;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringRoundDetails;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecision;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.shared.Percentage;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface MonitoringRestMapper {

    @Mapping(target = "decision", expression = "java(decision.decision().name())")
    @Mapping(target = "label", expression = "java(decision.decision().label())")
    @Mapping(target = "decidedBy", expression = "java(decision.decidedBy().value())")
    MonitoringReportResponse.FundsDecisionResponse toResponse(FundsDecision decision);

    default MonitoringRoundResponse toResponse(MonitoringRoundDetails details) {
        MonitoringRound round = details.round();
        return new MonitoringRoundResponse(round.getId().toString(), round.getFiscalYear().value(), round.getCutOffMonth(),
                round.getPeriod().label(), round.getTimeProgress().value(), round.getDueDate(),
                round.getWarningPolicy().yellowLagAbove().setScale(2, java.math.RoundingMode.UNNECESSARY),
                round.getWarningPolicy().redLagAbove().setScale(2, java.math.RoundingMode.UNNECESSARY), details.revision());
    }

    /** @param warning the warning as the caller should read it (see {@link WarningMessages}) */
    default MonitoringReportResponse toResponse(MonitoringReportDetails details, MonitoringReportResponse.WarningResponse warning) {
        MonitoringReport report = details.report();
        MonitoringReportResponse.Execution execution = report.getExecution().map(e -> {
            Percentage rate = e.rate().orElse(null);
            ExecutionSourceResponse source = ExecutionSourceResponse.of(report.getReportedExecution().orElseThrow());
            return new MonitoringReportResponse.Execution(e.adjustedBudget().amount(), e.executed().amount(), rate == null ? null : rate.value(),
                    report.getTimeProgress().value(), rate == null ? null : report.getTimeProgress().pointsAbove(rate),
                    source.source(), source.sourceLabel(), source.asOf(), source.provinceFigures(), source.overrideReason(),
                    source.deviation(), source.flagged());
        }).orElse(null);
        return new MonitoringReportResponse(report.getId().toString(), report.getRoundId().toString(), report.getFiscalYear().value(),
                report.getPeriod().cutOffMonth(), report.getPeriod().label(), report.getGoal().goalId().toString(), report.getGoal().version(),
                report.getUnitCode().value(), report.getProjectCode().map(ProjectCode::value).orElse(null), details.revision(),
                report.getStatus().name(), report.getStatus().label(), report.getAllowedActions(), execution,
                report.getIndicators().stream().map(i -> line(i, report.getProgress(i.id()).orElse(null))).toList(), warning,
                report.getFundsStatus().name(), report.getFundsStatus().label(),
                report.getFundsDecisions().stream().map(this::toResponse).toList(),
                report.getHistory().stream().map(ReviewStepResponse::of).toList());
    }

    default MonitoringReportResponse.Line line(EvaluatedIndicator indicator, IndicatorProgress progress) {
        return new MonitoringReportResponse.Line(indicator.id().toString(), indicator.level1Code(), indicator.level2Code(), indicator.name(),
                indicator.valueType().name(), indicator.comparator() == null ? null : indicator.comparator().name(),
                indicator.comparator() == null ? null : indicator.comparator().symbol(), indicator.target(), indicator.unitOfMeasure(),
                progress == null ? null : progress.actualToDate(), progress == null ? null : progress.projectedYearEnd(),
                progress == null || progress.projectedTier() == null ? null : progress.projectedTier().name(),
                progress == null ? null : progress.likelihood().name(), progress == null ? null : progress.likelihood().label(),
                progress == null ? null : progress.deviationReason(), progress == null ? null : progress.correctiveMeasure(),
                progress == null ? null : progress.isOffTrack(indicator));
    }

    /** Whether the report's warning is the one kept at submission (not a draft's preview). */
    default boolean keptWarning(MonitoringReport report) {
        return report.getStatus() != ReviewState.DRAFT;
    }
}
