package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.Overdue;
import cn.gov.daxiang.perf.domain.rectification.Rectification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No rectification of the project is overdue (整改逾期): every item the responsible unit still owes after its deadline
 * day fails the check, each listed with its id, deadline and days overdue. Items still open but within their deadline
 * (or reported and awaiting finance) pass, and the reason names them; no items at all pass with their own reason.
 */
public final class NoOverdueRectificationCheck implements ReadinessCheck {

    public static final String CODE = "READINESS_NO_OVERDUE_RECTIFICATION";
    public static final String NONE = "READINESS_RECTIFICATION_NONE_OPEN";
    public static final String OPEN_IN_TIME = "READINESS_RECTIFICATION_OPEN_IN_TIME";
    public static final String OVERDUE = "READINESS_RECTIFICATION_OVERDUE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public ReadinessCheckResult check(ProjectReadinessFacts facts) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("projectCode", facts.project().getCode().value());
        List<Rectification> open = facts.rectifications().stream().filter(Rectification::isOpen)
                .sorted(Comparator.comparing(Rectification::getDeadline).thenComparing(r -> r.getId().toString())).toList();
        if (open.isEmpty()) {
            return ReadinessCheckResult.pass(CODE, NONE, arguments);
        }
        List<Map<String, Object>> overdue = new ArrayList<>();
        for (Rectification item : open) {
            Overdue o = item.overdueOn(facts.today());
            if (o.overdue()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", item.getId().toString());
                line.put("projectCode", item.getProjectCode().map(ProjectCode::value).orElse(null));
                line.put("deadline", item.getDeadline().toString());
                line.put("daysOverdue", o.daysOverdue());
                overdue.add(line);
            }
        }
        if (!overdue.isEmpty()) {
            arguments.put("count", overdue.size());
            arguments.put("ids", String.join(", ", overdue.stream().map(l -> l.get("id") + " (" + l.get("deadline") + ", "
                    + l.get("daysOverdue") + ")").toList()));
            arguments.put("rectifications", List.copyOf(overdue));
            return ReadinessCheckResult.fail(CODE, OVERDUE, arguments);
        }
        arguments.put("count", open.size());
        arguments.put("ids", String.join(", ", open.stream().map(r -> r.getId() + " (" + r.getDeadline() + ")").toList()));
        arguments.put("rectifications", open.stream().map(r -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", r.getId().toString());
            line.put("deadline", r.getDeadline().toString());
            line.put("state", r.getState().name());
            return (Map<String, Object>) line;
        }).toList());
        return ReadinessCheckResult.pass(CODE, OPEN_IN_TIME, arguments);
    }
}
