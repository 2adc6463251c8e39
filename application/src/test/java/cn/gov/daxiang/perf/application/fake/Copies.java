package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.sync.OutboxMessage;
import cn.gov.daxiang.perf.domain.campaign.Campaign;
import cn.gov.daxiang.perf.domain.goal.GoalVersion;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.UnitIndicatorSystem;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringReport;
import cn.gov.daxiang.perf.domain.monitoring.MonitoringRound;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.sync.SyncConflict;
import cn.gov.daxiang.perf.domain.sync.SyncRun;

/**
 * Copies of mutable aggregates, rebuilt through their restore factories as the JPA mappers rebuild them from rows:
 * what a fake stores is never the caller's object, so a change the caller makes after a save (or a change refused
 * by the revision check) is not stored, and two readers of one aggregate hold two objects, as with the database.
 */
final class Copies {

    private Copies() {
    }

    static PerformanceGoal of(PerformanceGoal g) {
        return PerformanceGoal.restore(g.getId(), g.getKind(), g.getFiscalYear(), g.getUnitCode(), g.getProjectCode().orElse(null),
                g.getUpperLevelGoal().orElse(null), g.getVersions().stream()
                        .map(v -> GoalVersion.restore(v.getNumber(), v.getStatus(), v.getContent(), v.getAuditGrade().orElse(null),
                                v.getHistory()))
                        .toList());
    }

    static MonitoringRound of(MonitoringRound r) {
        return MonitoringRound.restore(r.getId(), r.getFiscalYear(), r.getCutOffMonth(), r.getDueDate(), r.getWarningPolicy());
    }

    static MonitoringReport of(MonitoringReport r) {
        return MonitoringReport.restore(r.getId(), r.getRoundId(), r.getPeriod(), r.getGoal(), r.getUnitCode(),
                r.getProjectCode().orElse(null), r.getIndicators(), r.getProgress(), r.getReportedExecution().orElse(null), r.getStatus(),
                r.getHistory(), r.getWarning().orElse(null), r.getFundsDecisions());
    }

    static SelfEvaluation of(SelfEvaluation e) {
        return SelfEvaluation.restore(e.getId(), e.getGoal(), e.getKind(), e.getUnitCode(), e.getFiscalYear(),
                e.getProjectCode().orElse(null), e.getIndicators(), e.getTemplate(), e.getLines(), e.getReportedExecution().orElse(null),
                e.getOverallAchievement().orElse(null), e.getStatus(), e.getHistory(), e.getResult().orElse(null));
    }

    static Campaign of(Campaign c) {
        return Campaign.restore(c.getId(), c.getTitle(), c.getScope(), c.getFiscalYear(), c.getTargets(), c.getDeadline(), c.getIssuedBy());
    }

    static IndicatorTemplate of(IndicatorTemplate t) {
        return IndicatorTemplate.restore(t.getId(), t.getDetails(), t.isActive());
    }

    static GradeScheme of(GradeScheme s) {
        return GradeScheme.restore(s.getId(), s.getName(), s.getBands());
    }

    static UnitIndicatorSystem of(UnitIndicatorSystem s) {
        return UnitIndicatorSystem.restore(s.getUnitCode(), s.getTemplateIds());
    }

    static OutboxMessage of(OutboxMessage m) {
        return OutboxMessage.reconstitute(m.getId(), m.getMessageType(), m.getSubjectType(), m.getSubjectId(), m.getPayload(),
                m.getIdempotencyKey(), m.getCreatedAt(), m.getState(), m.getAttempts(), m.getNextAttemptAt().orElse(null),
                m.getLastError().orElse(null), m.getSentAt().orElse(null));
    }

    static SyncConflict of(SyncConflict c) {
        return SyncConflict.reconstitute(c.getId(), c.getStream(), c.getSubjectKey(), c.getDetectedAt(), c.getKind(), c.getChangeSeq(),
                c.isDeletion(), c.getLocal(), c.getIncoming(), c.getLastRunId().orElse(null), c.getState(),
                c.getResolution().orElse(null), c.getResolvedBy().orElse(null), c.getResolvedAt().orElse(null), c.getNote().orElse(null));
    }

    static SyncRun of(SyncRun r) {
        return SyncRun.reconstitute(r.getId(), r.getTrigger(), r.getMode(), r.getRequestedBy(), r.getNode(), r.getStartedAt(),
                r.getState(), r.getFinishedAt().orElse(null), r.getPulled(), r.getUpserted(), r.getConflicts(), r.getPushed(),
                r.getFailed(), r.getPagesDone(), r.getPagesKnown(), r.getError().orElse(null));
    }

    static cn.gov.daxiang.perf.domain.preassessment.PreAssessment of(cn.gov.daxiang.perf.domain.preassessment.PreAssessment a) {
        return cn.gov.daxiang.perf.domain.preassessment.PreAssessment.restore(new cn.gov.daxiang.perf.domain.preassessment.PreAssessment.Stored(
                a.getId(), a.getProjectCode(), a.getUnitCode(), a.getFiscalYear(), a.getPurpose(), a.getRequestedAmount(),
                a.getSummary().orElse(null), a.getCriteriaVersion(), a.getCriteria(), a.getScores(), a.getState(), a.getAgency().orElse(null),
                a.getReturnReason().orElse(null), a.getReturnCount(), a.getConclusion().orElse(null), a.getAssessedAmount().orElse(null),
                a.getOpinion().orElse(null), a.getConcludedBy().orElse(null), a.getConcludedAt().orElse(null), a.getDraftedBy(), a.getDraftedAt()));
    }

    static cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet of(cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet c) {
        return cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet.restore(c.getVersion(), c.getCriteria(),
                c.getPublishedBy().orElse(null), c.getPublishedAt().orElse(null));
    }

    static cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement of(cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement a) {
        return cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement.restore(a.getProjectCode(), a.getUnitCode(), a.getBudgetYear(),
                a.getCategory(), a.getRevisions());
    }
}
