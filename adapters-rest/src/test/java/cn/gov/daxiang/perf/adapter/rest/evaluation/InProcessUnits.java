package cn.gov.daxiang.perf.adapter.rest.evaluation;

import cn.gov.daxiang.perf.application.port.in.goal.ApproveGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewCommand;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.SubmitGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.OpenSelfEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.RecordSelfEvaluationEntriesCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.RecordSelfEvaluationEntriesUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ReviewSelfEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ReviewSelfEvaluationUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SelfEvaluationEntries;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.SubmitSelfEvaluationUseCase;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Many units' work driven through the real use cases in-process (the same transactions, rules and audit as over
 * REST, without HTTP): a 部门整体 goal to approval, its self-evaluation opened, filled on target, submitted and
 * reviewed. For tests that need a district's worth of units.
 */
@ApplicationScoped
public class InProcessUnits {

    public static final Actor FINANCE = new Actor("finance-reviewer-tester", Set.of(Role.FINANCE_REVIEWER), null, null, "test");

    private final DeclareGoalUseCase declare;
    private final SubmitGoalUseCase submitGoal;
    private final PassDepartmentReviewUseCase passDepartment;
    private final ReviewGoalByFinanceUseCase financeReview;
    private final ApproveGoalUseCase approve;
    private final OpenSelfEvaluationUseCase open;
    private final RecordSelfEvaluationEntriesUseCase record;
    private final SubmitSelfEvaluationUseCase submit;
    private final ReviewSelfEvaluationUseCase review;

    @Inject
    public InProcessUnits(DeclareGoalUseCase declare, SubmitGoalUseCase submitGoal, PassDepartmentReviewUseCase passDepartment,
                          ReviewGoalByFinanceUseCase financeReview, ApproveGoalUseCase approve, OpenSelfEvaluationUseCase open,
                          RecordSelfEvaluationEntriesUseCase record, SubmitSelfEvaluationUseCase submit, ReviewSelfEvaluationUseCase review) {
        this.declare = declare;
        this.submitGoal = submitGoal;
        this.passDepartment = passDepartment;
        this.financeReview = financeReview;
        this.approve = approve;
        this.open = open;
        this.record = record;
        this.submit = submit;
        this.review = review;
    }

    public static Actor operator(String unit) {
        return new Actor("operator-" + unit, Set.of(Role.UNIT_OPERATOR), UnitCode.of(unit), null, "test");
    }

    public static Actor reviewer(String department) {
        return new Actor("reviewer-" + department, Set.of(Role.DEPT_REVIEWER), UnitCode.of(department), null, "test");
    }

    /** A 部门整体 goal of the unit for the year, approved: 产出 ≥ 10 个 (50), 效益 ≥ 100 户 (30), 满意度 ≥ 90 % (20). */
    public GoalId approvedOverallGoal(String unit, String department, int fiscalYear) {
        GoalContent content = new GoalContent(fiscalYear + "年完成10项重点工作，服务群众100户，满意度90%以上。", null, "履行本单位法定职责。", List.of(
                Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUANTITY", "完成重点工作数", Comparator.AT_LEAST, BigDecimal.TEN, "项")
                        .withWeight(new BigDecimal("50")),
                Indicator.quantitative(IndicatorId.newId(), "BENEFIT", "SOCIAL", "服务群众户数", Comparator.AT_LEAST, new BigDecimal("100"), "户")
                        .withWeight(new BigDecimal("30")),
                Indicator.quantitative(IndicatorId.newId(), "SATISFACTION", "BENEFICIARY_SATISFACTION", "服务对象满意度", Comparator.AT_LEAST,
                        new BigDecimal("90"), "%").withWeight(new BigDecimal("20"))));
        GoalView goal = declare.declareGoal(operator(unit), new DeclareGoalCommand(GoalKind.DEPARTMENT_OVERALL, FiscalYear.of(fiscalYear),
                UnitCode.of(unit), null, null, content));
        GoalId id = goal.id();
        long revision = submitGoal.submitGoal(operator(unit), id, goal.revision()).goal().revision();
        revision = passDepartment.passDepartmentReview(reviewer(department), new PassDepartmentReviewCommand(id, revision, null)).revision();
        revision = financeReview.reviewGoalByFinance(FINANCE,
                new ReviewGoalByFinanceCommand(id, revision, AuditGrade.EXCELLENT, null, List.of())).revision();
        approve.approveGoal(FINANCE, id, revision);
        return id;
    }

    /** Opens the goal's self-evaluation (a draft: the unit is in progress). */
    public SelfEvaluationDetails open(String unit, GoalId goal) {
        return open.openSelfEvaluation(operator(unit), goal);
    }

    /** Fills every indicator on target (execution 100 %) and submits. */
    public SelfEvaluationDetails fillAndSubmit(String unit, SelfEvaluationDetails draft) {
        SelfEvaluationId id = draft.evaluation().getId();
        List<SelfEvaluationEntries.Line> lines = draft.evaluation().getIndicators().stream()
                .map(i -> new SelfEvaluationEntries.Line(i.id(), Achievement.measured(onTarget(i)), null)).toList();
        SelfEvaluationDetails filled = record.recordSelfEvaluationEntries(operator(unit), new RecordSelfEvaluationEntriesCommand(id,
                draft.revision(), new SelfEvaluationEntries(BudgetExecution.of(Money.of("1000000.00"), Money.of("1000000.00")), null, lines)));
        return submit.submitSelfEvaluation(operator(unit), id, filled.revision());
    }

    /** The department's and finance's approval: the evaluation is complete. */
    public SelfEvaluationDetails approve(String department, SelfEvaluationDetails submitted) {
        SelfEvaluationId id = submitted.evaluation().getId();
        SelfEvaluationDetails reviewed = review.reviewSelfEvaluation(reviewer(department),
                new ReviewSelfEvaluationCommand(id, submitted.revision(), ReviewAction.DEPT_APPROVE, null));
        return review.reviewSelfEvaluation(FINANCE, new ReviewSelfEvaluationCommand(id, reviewed.revision(), ReviewAction.FINANCE_APPROVE, null));
    }

    private static BigDecimal onTarget(EvaluatedIndicator indicator) {
        return indicator.target();
    }
}
