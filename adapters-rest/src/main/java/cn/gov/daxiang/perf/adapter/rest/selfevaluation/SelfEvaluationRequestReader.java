package cn.gov.daxiang.perf.adapter.rest.selfevaluation;

import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.EntriesRequest;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.ExecutionRequest;
import cn.gov.daxiang.perf.adapter.rest.selfevaluation.SelfEvaluationRequests.LineRequest;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationEntries;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the use cases' entries from request bodies; every refusal names its field path. */
public final class SelfEvaluationRequestReader {

    private SelfEvaluationRequestReader() {
    }

    public static SelfEvaluationEntries entries(EntriesRequest request) {
        if (request == null) {
            throw Fields.missing("body");
        }
        List<SelfEvaluationEntries.Line> lines = new ArrayList<>();
        List<LineRequest> given = request.lines() == null ? List.of() : request.lines();
        for (int i = 0; i < given.size(); i++) {
            String at = "lines[" + i + "]";
            LineRequest line = Fields.required(at, given.get(i));
            lines.add(new SelfEvaluationEntries.Line(indicatorId(at + ".indicatorId", line.indicatorId()), achievement(at, line),
                    line.deviationReason()));
        }
        return new SelfEvaluationEntries(execution("execution", request.execution()), request.overallAchievement(), lines,
                overrideReason(request.execution()));
    }

    /** The unit's reason for figures that differ from the province's, if it gave one. */
    public static String overrideReason(ExecutionRequest request) {
        return request == null ? null : request.overrideReason();
    }

    /** Both figures or neither: a budget execution is read whole. */
    public static BudgetExecution execution(String path, ExecutionRequest request) {
        if (request == null) {
            return null;
        }
        Money budget = Fields.within(path + ".adjustedBudget", () -> new Money(Fields.required(path + ".adjustedBudget", request.adjustedBudget())));
        Money executed = Fields.within(path + ".executed", () -> new Money(Fields.required(path + ".executed", request.executed())));
        return Fields.within(path, () -> BudgetExecution.of(budget, executed));
    }

    public static UUID indicatorId(String path, String text) {
        return Fields.requiredText(path, text, t -> {
            try {
                return UUID.fromString(t.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(path, "VALUE_MALFORMED", Map.of("field", path, "expected", "UUID"));
            }
        });
    }

    private static Achievement achievement(String path, LineRequest line) {
        if (line.actual() != null && (line.tier() != null || line.percentage() != null)) {
            throw new InvalidValueException(path, "ACHIEVEMENT_AMBIGUOUS", Map.of("field", path));
        }
        if (line.actual() != null) {
            return Fields.within(path, () -> Achievement.measured(line.actual())); // its refusals name "actual"
        }
        if (line.tier() == null && line.percentage() == null) {
            return null;
        }
        QualitativeTier tier = Fields.requiredText(path + ".tier", line.tier(), t -> Fields.code(path + ".tier", t, QualitativeTier.class));
        return Fields.within(path, () -> Achievement.judged(tier, Fields.required(path + ".percentage", line.percentage())));
    }
}
