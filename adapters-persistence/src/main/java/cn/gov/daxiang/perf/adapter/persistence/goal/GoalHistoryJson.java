package cn.gov.daxiang.perf.adapter.persistence.goal;

import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.goal.ReviewStep;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.List;

/**
 * A version's review history as stored: plain JSON of strings, so the column does not depend on how the
 * domain's records are shaped.
 */
final class GoalHistoryJson {

    record Step(String action, String from, String to, String actor, String at, String grade, String note, List<Reason> reasons) {
    }

    record Reason(String indicatorId, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {
    };

    private GoalHistoryJson() {
    }

    static String write(List<ReviewStep> history) {
        List<Step> steps = history.stream().map(s -> new Step(s.action().name(), s.from() == null ? null : s.from().name(),
                s.to().name(), s.actor(), s.at().toString(), s.auditGrade() == null ? null : s.auditGrade().name(), s.note(),
                s.reasons().stream().map(r -> new Reason(r.indicator().map(IndicatorId::toString).orElse(null), r.text())).toList()))
                .toList();
        try {
            return JSON.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a goal's history", e);
        }
    }

    static List<ReviewStep> read(String json) {
        try {
            return JSON.readValue(json, STEPS).stream().map(s -> new ReviewStep(GoalAction.valueOf(s.action()),
                    s.from() == null ? null : GoalStatus.valueOf(s.from()), GoalStatus.valueOf(s.to()), s.actor(),
                    Instant.parse(s.at()), s.grade() == null ? null : AuditGrade.valueOf(s.grade()), s.note(),
                    s.reasons() == null ? List.of() : s.reasons().stream()
                            .map(r -> new ReturnReason(r.indicatorId() == null ? null : IndicatorId.of(r.indicatorId()), r.text()))
                            .toList()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a goal's history", e);
        }
    }
}
