package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.port.in.allocation.AllocationDecisionsOfBudgetYearQuery;
import cn.gov.daxiang.perf.application.port.in.annualreport.AnnualReportQuery;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SummarizeKeyEvaluationsQuery;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationSummaryQuery;
import cn.gov.daxiang.perf.application.port.out.GoalCoverageRepository;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.application.port.out.SelfEvaluationRepository;
import cn.gov.daxiang.perf.domain.access.AccessPolicy;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.annualreport.AllocationDecisionSection;
import cn.gov.daxiang.perf.domain.annualreport.AnnualReport;
import cn.gov.daxiang.perf.domain.annualreport.AverageScoreSection;
import cn.gov.daxiang.perf.domain.annualreport.GoalCoverageSection;
import cn.gov.daxiang.perf.domain.annualreport.GradeDistributionSection;
import cn.gov.daxiang.perf.domain.annualreport.KeyEvaluationSection;
import cn.gov.daxiang.perf.domain.annualreport.RectificationStatusSection;
import cn.gov.daxiang.perf.domain.annualreport.ReportPrecision;
import cn.gov.daxiang.perf.domain.annualreport.SelfEvaluationCoverageSection;
import cn.gov.daxiang.perf.domain.annualreport.WorkYear;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationOutcome;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Computes the annual report from the records, section by section (each a pure function of the domain over the facts
 * gathered here). A further section is gathered and added to the list in {@link #annualReport}.
 */
@ApplicationScoped
@Transactional
public class AnnualReportService implements AnnualReportQuery {

    static final String OPERATION = "read-annual-report";

    private final GoalCoverageRepository coverage;
    private final GoalRepository goals;
    private final SelfEvaluationRepository selfEvaluations;
    private final SummarizeKeyEvaluationsQuery keyEvaluations;
    private final AllocationDecisionsOfBudgetYearQuery allocationDecisions;
    private final RectificationSummaryQuery rectifications;

    @Inject
    public AnnualReportService(GoalCoverageRepository coverage, GoalRepository goals,
                               SelfEvaluationRepository selfEvaluations, SummarizeKeyEvaluationsQuery keyEvaluations,
                               AllocationDecisionsOfBudgetYearQuery allocationDecisions, RectificationSummaryQuery rectifications) {
        this.coverage = coverage;
        this.goals = goals;
        this.selfEvaluations = selfEvaluations;
        this.keyEvaluations = keyEvaluations;
        this.allocationDecisions = allocationDecisions;
        this.rectifications = rectifications;
    }

    @Override
    public AnnualReport annualReport(Actor actor, WorkYear workYear) {
        AccessPolicy.require(actor, OPERATION, Role.FINANCE_ADMIN, Role.FINANCE_REVIEWER, Role.AUDITOR);
        ReportPrecision precision = ReportPrecision.DISTRICT_DEFAULT;
        FiscalYear selfYear = workYear.selfEvaluationYear();
        List<SelfEvaluationOutcome> graded = selfEvaluations.findOutcomes(selfYear);
        List<UnitCode> overallGoalUnits = goals.approvedSubjects(selfYear, GoalKind.DEPARTMENT_OVERALL).stream()
                .map(ApprovedGoalSubject::unitCode).distinct().toList();
        KeyEvaluationSummary keySummary = keyEvaluations.summarizeKeyEvaluations(actor, workYear.keyEvaluationYear());
        return new AnnualReport(workYear, List.of(
                goalCoverage(workYear.goalYear(), precision),
                SelfEvaluationCoverageSection.fromOutcomes(selfYear, overallGoalUnits, graded, precision),
                KeyEvaluationSection.of(keySummary, precision),
                GradeDistributionSection.fromOutcomes(keySummary, selfYear, graded),
                AverageScoreSection.of(keySummary),
                AllocationDecisionSection.of(workYear.allocationBudgetYear(),
                        allocationDecisions.allocationDecisionsOfBudgetYear(workYear.allocationBudgetYear(), false), precision),
                // The items from the work year's evaluations (the key evaluations of plan year W), overdue as of today.
                RectificationStatusSection.of(workYear.keyEvaluationYear(),
                        rectifications.summarizeRectifications(actor, workYear.keyEvaluationYear()))));
    }

    private GoalCoverageSection goalCoverage(FiscalYear goalYear, ReportPrecision precision) {
        GoalCoverageRepository.Counted counted = coverage.count(goalYear, DataScope.all(), GoalCoverageRepository.Grouping.UNIT);
        return GoalCoverageSection.of(goalYear, counted.tallies(), counted.departmentOf(), counted.unitNames(), precision);
    }
}
