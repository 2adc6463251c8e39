package cn.gov.daxiang.perf.adapter.rest.rectification;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationAccessPolicy;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/** Items and summaries as JSON. */
@ApplicationScoped
public class RectificationRestMapper {

    /** An item as {@code actor} sees it: allowedActions are what this caller may do to it now. */
    public RectificationResponse toResponse(Actor actor, RectificationDetails details) {
        Rectification r = details.rectification();
        return new RectificationResponse(r.getId().toString(), Coded.of(r.getSource().kind()),
                r.getSource().evaluationId().toString(), r.getSource().findingIndex(), r.getEvaluationYear().value(),
                r.getProjectCode().map(ProjectCode::value).orElse(null), details.projectName(), r.getResponsibleUnit().value(),
                details.unitName(), r.getText(), r.getDeadline(), Coded.of(r.getState()),
                RectificationAccessPolicy.offered(actor, r).stream().map(Coded::of).toList(),
                details.today(), details.overdue().overdue(), details.overdue().daysOverdue(), r.reportedLate(),
                r.getReports().stream().map(p -> new RectificationResponse.Report(p.round(), p.text(), p.reportedAt(), p.reportedOn(),
                        p.evidenceFiles(), p.late(), p.daysLate())).toList(),
                r.getReturnReason().orElse(null), r.getReturnCount(), r.getIssuedBy().value(), r.getIssuedAt(), r.getStartedAt().orElse(null),
                r.getVerifiedBy().map(ActorId::value).orElse(null), r.getVerifiedAt().orElse(null), details.revision());
    }

    public RectificationSummaryResponse toResponse(FiscalYear year, RectificationSummary summary) {
        return new RectificationSummaryResponse(year.value(), summary.today(), counts(summary.total()),
                summary.units().stream().map(l -> new RectificationSummaryResponse.UnitLine(l.unitCode().value(), counts(l.counts()))).toList());
    }

    private static RectificationSummaryResponse.Counts counts(RectificationSummary.Counts c) {
        Map<String, Long> byState = new LinkedHashMap<>();
        c.byState().forEach((state, n) -> byState.put(state.name(), n));
        return new RectificationSummaryResponse.Counts(c.items(), byState, c.overdue(), c.reportedLate());
    }
}
