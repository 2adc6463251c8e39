package cn.gov.daxiang.perf.application.fake;

/**
 * Every out-port's fake, wired to each other as the adapters share one database: the goal fake joins the review
 * assignments, projects and units; campaign work and local work read the goal, report and evaluation fakes.
 */
public final class InMemoryStores {

    public final InMemoryBudgetUnitRepository units = new InMemoryBudgetUnitRepository();
    public final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    public final InMemoryGoalReviewAssignmentRepository reviewAssignments = new InMemoryGoalReviewAssignmentRepository();
    public final InMemoryGoalRepository goals = new InMemoryGoalRepository(reviewAssignments, projects, units);
    public final InMemoryMonitoringRoundRepository rounds = new InMemoryMonitoringRoundRepository();
    public final InMemoryMonitoringReportRepository reports = new InMemoryMonitoringReportRepository();
    public final InMemorySelfEvaluationRepository evaluations = new InMemorySelfEvaluationRepository();
    public final InMemoryCampaignRepository campaigns = new InMemoryCampaignRepository();
    public final InMemoryCampaignWorkRepository campaignWork = new InMemoryCampaignWorkRepository(goals, reports, evaluations);
    public final InMemoryGradingConfigurationRepository grading = new InMemoryGradingConfigurationRepository();
    public final InMemoryIndicatorTemplateRepository templates = new InMemoryIndicatorTemplateRepository();
    public final InMemoryUnitIndicatorSystemRepository indicatorSystems = new InMemoryUnitIndicatorSystemRepository();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryIdempotencyRecordStore idempotency = new InMemoryIdempotencyRecordStore();
    public final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository();
    public final InMemorySyncConflictRepository conflicts = new InMemorySyncConflictRepository();
    public final InMemorySyncRunRepository runs = new InMemorySyncRunRepository();
    public final InMemorySyncCursorRepository cursors = new InMemorySyncCursorRepository();
    public final InMemorySyncLeaseStore leases = new InMemorySyncLeaseStore();
    public final InMemoryProjectExecutionRepository executions = new InMemoryProjectExecutionRepository();
    public final InMemoryAgencyRepository agencies = new InMemoryAgencyRepository();
    public final InMemoryEvaluationFrameworkRepository frameworks = new InMemoryEvaluationFrameworkRepository();
    public final InMemoryKeyEvaluationRepository keyEvaluations = new InMemoryKeyEvaluationRepository();
    public final InMemoryPreAssessmentRepository preAssessments = new InMemoryPreAssessmentRepository();
    public final InMemoryAssessmentCriteriaRepository assessmentCriteria = new InMemoryAssessmentCriteriaRepository();
    public final InMemoryBudgetArrangementRepository arrangements = new InMemoryBudgetArrangementRepository();
    public final InMemoryEvidenceFileRepository evidenceFiles = new InMemoryEvidenceFileRepository();
    /** Evidence content, with the default limit of 20 MB. */
    public final InMemoryEvidenceStore evidenceContent = new InMemoryEvidenceStore(20L << 20);
    public final InMemoryRectificationRepository rectifications = new InMemoryRectificationRepository();
    public final InMemoryLibraryEntryRepository libraryEntries = new InMemoryLibraryEntryRepository();
    public final InMemoryAllocationPolicyRepository allocationPolicies = new InMemoryAllocationPolicyRepository();
    public final InMemoryAllocationDecisionRepository allocationDecisions = new InMemoryAllocationDecisionRepository();
    public final InMemoryLocalWorkLookup localWork = new InMemoryLocalWorkLookup(goals, projects);
}
