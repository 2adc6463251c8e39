package cn.gov.daxiang.perf.adapter.persistence.monitoring;

import cn.gov.daxiang.perf.adapter.persistence.shared.Numbers;
import cn.gov.daxiang.perf.adapter.persistence.shared.ReviewHistoryJson;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecision;
import cn.gov.daxiang.perf.domain.monitoring.FundsDecisionKind;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.Likelihood;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringPeriod;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReportId;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRoundId;
import cn.gov.daxiang.perf.domain.monitoring.Warning;
import cn.gov.daxiang.perf.domain.monitoring.WarningLevel;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.monitoring.WarningReason;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.review.ReviewState;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.execution.ReportedExecution;
import cn.gov.daxiang.perf.adapter.persistence.shared.ExecutionColumns;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.GoalVersionReference;
import cn.gov.daxiang.perf.domain.scoring.IndicatorValueType;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Mapper
public interface MonitoringPersistenceMapper {

    record ReasonJson(String code, String level, Map<String, Object> arguments) {
    }

    record DecisionJson(String decision, String decidedBy, String decidedAt, String reason) {
    }

    ObjectMapper JSON = new ObjectMapper();
    TypeReference<List<ReasonJson>> REASONS = new TypeReference<>() {
    };
    TypeReference<List<DecisionJson>> DECISIONS = new TypeReference<>() {
    };

    /** A new line: the copy of the approved indicator; the unit's figures come later. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "reportPk", ignore = true)
    @Mapping(target = "ordinal", ignore = true)
    @Mapping(target = "indicatorId", source = "id")
    @Mapping(target = "targetValue", source = "target")
    @Mapping(target = "actualToDate", ignore = true)
    @Mapping(target = "projectedYearEnd", ignore = true)
    @Mapping(target = "projectedTier", ignore = true)
    @Mapping(target = "likelihood", ignore = true)
    @Mapping(target = "deviationReason", ignore = true)
    @Mapping(target = "correctiveMeasure", ignore = true)
    MonitoringReportLineJpaEntity toLine(EvaluatedIndicator indicator);

    default EvaluatedIndicator toIndicator(MonitoringReportLineJpaEntity line) {
        return new EvaluatedIndicator(line.indicatorId, line.level1Code, line.level2Code, line.name, IndicatorValueType.valueOf(line.valueType),
                line.comparator == null ? null : Comparator.valueOf(line.comparator), Numbers.canonical(line.targetValue),
                line.unitOfMeasure, line.weight);
    }

    default IndicatorProgress toProgress(MonitoringReportLineJpaEntity line) {
        return new IndicatorProgress(line.indicatorId, Numbers.canonical(line.actualToDate), Numbers.canonical(line.projectedYearEnd),
                line.projectedTier == null ? null : QualitativeTier.valueOf(line.projectedTier), Likelihood.valueOf(line.likelihood),
                line.deviationReason, line.correctiveMeasure);
    }

    /** The unit's figures of a line (or none: every column null). */
    default void copyProgress(IndicatorProgress progress, MonitoringReportLineJpaEntity line) {
        line.actualToDate = progress == null ? null : progress.actualToDate();
        line.projectedYearEnd = progress == null ? null : progress.projectedYearEnd();
        line.projectedTier = progress == null || progress.projectedTier() == null ? null : progress.projectedTier().name();
        line.likelihood = progress == null ? null : progress.likelihood().name();
        line.deviationReason = progress == null ? null : progress.deviationReason();
        line.correctiveMeasure = progress == null ? null : progress.correctiveMeasure();
    }

    default MonitoringRound toDomain(MonitoringRoundJpaEntity entity) {
        return MonitoringRound.restore(MonitoringRoundId.of(entity.roundId), FiscalYear.of(entity.fiscalYear), entity.cutOffMonth,
                entity.dueDate, new WarningPolicy(Numbers.canonical(entity.yellowLagAbove), Numbers.canonical(entity.redLagAbove)));
    }

    default void copy(MonitoringRound round, MonitoringRoundJpaEntity entity) {
        if (entity.roundId == null) {
            entity.roundId = round.getId().value();
            entity.fiscalYear = round.getFiscalYear().value();
            entity.cutOffMonth = round.getCutOffMonth();
        }
        entity.dueDate = round.getDueDate();
        entity.yellowLagAbove = round.getWarningPolicy().yellowLagAbove();
        entity.redLagAbove = round.getWarningPolicy().redLagAbove();
    }

    /** Rebuilds a report from its root row and its lines in the goal's order. */
    default MonitoringReport toDomain(MonitoringReportJpaEntity root, List<MonitoringReportLineJpaEntity> lines) {
        List<EvaluatedIndicator> indicators = lines.stream().map(this::toIndicator).toList();
        List<IndicatorProgress> progress = lines.stream().filter(l -> l.likelihood != null).map(this::toProgress).toList();
        ReportedExecution execution = ExecutionColumns.read(new ExecutionColumns.Row(root.adjustedBudget, root.executedAmount,
                root.executionSource, root.provinceAdjustedBudget, root.provinceExecutedAmount, root.executionAsOf,
                root.executionOverrideReason, root.executionFlagged));
        return MonitoringReport.restore(MonitoringReportId.of(root.reportId), MonitoringRoundId.of(root.roundId),
                MonitoringPeriod.of(FiscalYear.of(root.fiscalYear), root.cutOffMonth), GoalVersionReference.of(root.goalId, root.goalVersion),
                new UnitCode(root.unitCode), root.projectCode == null ? null : new ProjectCode(root.projectCode), indicators, progress,
                execution, ReviewState.valueOf(root.status), ReviewHistoryJson.read(root.history), readWarning(root.warningReasons),
                readDecisions(root.fundsDecisions));
    }

    /** The root row's fields from the report; the keys that never change are set once, on a new row. */
    default void copyToRoot(MonitoringReport report, MonitoringReportJpaEntity root) {
        if (root.reportId == null) {
            root.reportId = report.getId().value();
            root.roundId = report.getRoundId().value();
            root.goalId = report.getGoal().goalId();
            root.goalVersion = report.getGoal().version();
            root.unitCode = report.getUnitCode().value();
            root.projectCode = report.getProjectCode().map(ProjectCode::value).orElse(null);
            root.fiscalYear = report.getPeriod().fiscalYear().value();
            root.cutOffMonth = report.getPeriod().cutOffMonth();
        }
        root.status = report.getStatus().name();
        ExecutionColumns.Row execution = ExecutionColumns.write(report.getReportedExecution().orElse(null));
        root.adjustedBudget = execution.adjustedBudget();
        root.executedAmount = execution.executed();
        root.executionSource = execution.source();
        root.provinceAdjustedBudget = execution.provinceAdjustedBudget();
        root.provinceExecutedAmount = execution.provinceExecuted();
        root.executionAsOf = execution.asOf();
        root.executionOverrideReason = execution.overrideReason();
        root.executionFlagged = execution.flagged();
        root.warningLevel = report.getWarning().map(w -> w.level().name()).orElse(null);
        root.warningReasons = report.getWarning().map(this::writeWarning).orElse(null);
        root.fundsStatus = report.getFundsStatus().name();
        root.fundsDecisions = writeDecisions(report.getFundsDecisions());
        root.history = ReviewHistoryJson.write(report.getHistory());
    }

    default String writeWarning(Warning warning) {
        try {
            return JSON.writeValueAsString(warning.reasons().stream()
                    .map(r -> new ReasonJson(r.code(), r.level().name(), new LinkedHashMap<>(r.arguments()))).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a warning", e);
        }
    }

    default Warning readWarning(String json) {
        if (json == null) {
            return null;
        }
        try {
            List<WarningReason> reasons = new ArrayList<>();
            JSON.readValue(json, REASONS).forEach(r -> reasons.add(new WarningReason(r.code(), WarningLevel.valueOf(r.level()),
                    r.arguments() == null ? Map.of() : r.arguments())));
            return new Warning(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a warning", e);
        }
    }

    default String writeDecisions(List<FundsDecision> decisions) {
        try {
            return JSON.writeValueAsString(decisions.stream().map(d -> new DecisionJson(d.decision().name(), d.decidedBy().value(),
                    d.decidedAt().toString(), d.reason())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write funds decisions", e);
        }
    }

    default List<FundsDecision> readDecisions(String json) {
        try {
            return JSON.readValue(json, DECISIONS).stream().map(d -> new FundsDecision(FundsDecisionKind.valueOf(d.decision()),
                    ActorId.of(d.decidedBy()), Instant.parse(d.decidedAt()), d.reason())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read funds decisions", e);
        }
    }
}
