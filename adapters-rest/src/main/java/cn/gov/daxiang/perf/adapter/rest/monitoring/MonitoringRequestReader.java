package cn.gov.daxiang.perf.adapter.rest.monitoring;

import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.EntriesRequest;
import cn.gov.daxiang.perf.adapter.rest.monitoring.MonitoringRequests.LineRequest;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequestReader;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.application.port.in.monitoring.MonitoringEntries;
import cn.gov.daxiang.perf.domain.monitoring.IndicatorProgress;
import cn.gov.daxiang.perf.domain.monitoring.Likelihood;
import cn.gov.daxiang.perf.domain.monitoring.WarningPolicy;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the monitoring use cases' values from request bodies; every refusal names its field path. */
public final class MonitoringRequestReader {

    private MonitoringRequestReader() {
    }

    public static MonitoringEntries entries(EntriesRequest request) {
        if (request == null) {
            throw Fields.missing("body");
        }
        List<IndicatorProgress> lines = new ArrayList<>();
        List<LineRequest> given = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < given.size(); i++) {
            String at = "lines[" + i + "]";
            LineRequest line = Fields.required(at, given.get(i));
            Likelihood likelihood = Fields.requiredText(at + ".likelihood", line.likelihood(), t -> Fields.code(at + ".likelihood", t, Likelihood.class));
            QualitativeTier tier = Fields.optionalText(at + ".projectedTier", line.projectedTier(),
                    t -> Fields.code(at + ".projectedTier", t, QualitativeTier.class));
            lines.add(Fields.within(at, () -> new IndicatorProgress(SelfEvaluationRequestReader.indicatorId(at + ".indicatorId", line.indicatorId()),
                    line.actualToDate(), line.projectedYearEnd(), tier, likelihood, line.deviationReason(), line.correctiveMeasure())));
        }
        return new MonitoringEntries(SelfEvaluationRequestReader.execution("execution", request.execution()), lines,
                SelfEvaluationRequestReader.overrideReason(request.execution()));
    }

    /** Both thresholds or neither (null: the standard one where the caller uses it). */
    public static WarningPolicy policy(BigDecimal yellow, BigDecimal red) {
        if (yellow == null && red == null) {
            return null;
        }
        Fields.required("yellowLagAbove", yellow);
        Fields.required("redLagAbove", red);
        return new WarningPolicy(yellow, red); // its refusals name yellowLagAbove or redLagAbove
    }
}
