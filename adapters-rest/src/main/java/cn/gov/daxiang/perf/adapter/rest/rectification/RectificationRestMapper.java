package cn.gov.daxiang.perf.adapter.rest.rectification;

import cn.gov.daxiang.perf.adapter.rest.shared.LabelledCode;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/** Items and summaries as JSON. */
@ApplicationScoped
public class RectificationRestMapper {

    public RectificationResponse toResponse(RectificationDetails details) {
        Rectification r = details.rectification();
        return new RectificationResponse(r.getId().toString(), new LabelledCode(r.getSource().kind().name(), r.getSource().kind().label()),
                r.getSource().evaluationId().toString(), r.getSource().findingIndex(), r.getEvaluationYear().value(),
                r.getProjectCode().map(ProjectCode::value).orElse(null), r.getResponsibleUnit().value(), r.getText(), r.getDeadline(),
                new LabelledCode(r.getState().name(), r.getState().label()), r.allowedActions().stream().map(Enum::name).toList(),
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
