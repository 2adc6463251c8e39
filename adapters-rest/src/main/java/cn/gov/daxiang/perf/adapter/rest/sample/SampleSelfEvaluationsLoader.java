package cn.gov.daxiang.perf.adapter.rest.sample;

import cn.gov.daxiang.perf.application.event.StartupSyncSucceeded;
import cn.gov.daxiang.perf.application.port.in.budgetunit.FindBudgetUnitQuery;
import cn.gov.daxiang.perf.application.port.in.goal.ApproveGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.ListGoalsQuery;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewCommand;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceUseCase;
import cn.gov.daxiang.perf.application.port.in.goal.SubmitGoalUseCase;
import cn.gov.daxiang.perf.application.port.in.selfevaluation.ListSelfEvaluationsQuery;
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
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnitNotFoundException;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.review.ReviewAction;
import cn.gov.daxiang.perf.domain.scoring.Achievement;
import cn.gov.daxiang.perf.domain.scoring.BudgetExecution;
import cn.gov.daxiang.perf.domain.scoring.EvaluatedIndicator;
import cn.gov.daxiang.perf.domain.scoring.QualitativeTier;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluation;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationCriteria;
import cn.gov.daxiang.perf.domain.selfevaluation.SelfEvaluationKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded default's 2023 部门整体 goals and self-evaluations of the 126 区本级 units (the 2024 report: 126 units,
 * 81,648.29万元), recorded once the start-up synchronisation has brought the units, in a background thread: the service
 * is ready (and serves) while it runs. Each unit goes the way a real one goes, through the use cases, each step as the
 * role whose step it is (named {@code sample-loader:…} in the audit trail): the unit declares its overall goal, submits
 * it, its department passes it, finance grades and approves it; the unit opens its self-evaluation, enters the execution
 * and the indicators' achievements and submits it; the department and finance approve it. Resumable and idempotent: a
 * unit's goal and evaluation are looked up first and continued from their state, so a restart after a kill finishes
 * what was begun and never duplicates. Off when {@code perf.sample.self-evaluations} is empty (tests, production).
 * Readiness reports its state and is down only when it failed.
 */
@ApplicationScoped
@Readiness
public class SampleSelfEvaluationsLoader implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SampleSelfEvaluationsLoader.class);
    private static final String CLASSPATH = "classpath:";
    private static final String TASKS = "重点工作任务完成数";
    private static final String ON_TIME = "重点工作按时办结率";
    private static final String EFFECT = "部门履职效能";
    private static final String SATISFACTION = "服务对象满意度";

    enum State { NOT_REQUESTED, WAITING_FOR_SYNC, LOADING, LOADED, FAILED }

    private final String location;
    private final ObjectMapper json;
    private final FindBudgetUnitQuery units;
    private final ListGoalsQuery goals;
    private final DeclareGoalUseCase declare;
    private final SubmitGoalUseCase submitGoal;
    private final PassDepartmentReviewUseCase departmentReview;
    private final ReviewGoalByFinanceUseCase financeReview;
    private final ApproveGoalUseCase approve;
    private final ListSelfEvaluationsQuery evaluations;
    private final OpenSelfEvaluationUseCase open;
    private final RecordSelfEvaluationEntriesUseCase record;
    private final SubmitSelfEvaluationUseCase submitEvaluation;
    private final ReviewSelfEvaluationUseCase review;
    private final Actor finance = new Actor("sample-loader:finance", Set.of(Role.FINANCE_ADMIN), null, null, "sample-self-evaluations");
    private volatile State state;
    private volatile long millis = -1;
    private volatile int skipped;
    private volatile boolean stopping;

    @Inject
    public SampleSelfEvaluationsLoader(@ConfigProperty(name = "perf.sample.self-evaluations") Optional<String> location, ObjectMapper json,
                                       FindBudgetUnitQuery units, ListGoalsQuery goals, DeclareGoalUseCase declare, SubmitGoalUseCase submitGoal,
                                       PassDepartmentReviewUseCase departmentReview, ReviewGoalByFinanceUseCase financeReview,
                                       ApproveGoalUseCase approve, ListSelfEvaluationsQuery evaluations, OpenSelfEvaluationUseCase open,
                                       RecordSelfEvaluationEntriesUseCase record, SubmitSelfEvaluationUseCase submitEvaluation,
                                       ReviewSelfEvaluationUseCase review) {
        this.location = location.map(String::strip).orElse("");
        this.json = json;
        this.units = units;
        this.goals = goals;
        this.declare = declare;
        this.submitGoal = submitGoal;
        this.departmentReview = departmentReview;
        this.financeReview = financeReview;
        this.approve = approve;
        this.evaluations = evaluations;
        this.open = open;
        this.record = record;
        this.submitEvaluation = submitEvaluation;
        this.review = review;
        this.state = this.location.isEmpty() ? State.NOT_REQUESTED : State.WAITING_FOR_SYNC;
    }

    void afterStartupSync(@Observes StartupSyncSucceeded synced) {
        if (state != State.WAITING_FOR_SYNC) {
            return;
        }
        state = State.LOADING;
        Thread worker = new Thread(this::loadInBackground, "sample-self-evaluations");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void loadInBackground() {
        long start = System.nanoTime();
        try {
            load(read());
            millis = (System.nanoTime() - start) / 1_000_000;
            state = State.LOADED;
        } catch (RuntimeException | IOException e) {
            state = stopping ? State.WAITING_FOR_SYNC : State.FAILED;
            if (!stopping) {
                LOG.error("the sample self-evaluations could not be recorded", e);
            }
        }
    }

    private SampleSelfEvaluations read() throws IOException {
        if (!location.startsWith(CLASSPATH)) {
            throw new IOException("perf.sample.self-evaluations must be a classpath: location, was " + location);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location.substring(CLASSPATH.length()))) {
            if (in == null) {
                throw new IOException("no sample at " + location);
            }
            return json.readValue(in, SampleSelfEvaluations.class);
        }
    }

    /** Records every unit of the sample, continuing whatever was begun; answers how many units needed a step now. */
    int load(SampleSelfEvaluations sample) {
        long start = System.nanoTime();
        FiscalYear year = FiscalYear.of(sample.fiscalYear());
        int worked = 0;
        List<String> missing = new ArrayList<>();
        for (SampleSelfEvaluations.Unit unit : sample.units()) {
            if (stopping) {
                throw new IllegalStateException("stopping");
            }
            try {
                if (carryThrough(year, unit)) {
                    worked++;
                }
            } catch (BudgetUnitNotFoundException e) {
                // The province did not send this unit (another data source than the sample district's): nothing to evaluate.
                missing.add(unit.unitCode());
            }
        }
        skipped = missing.size();
        if (!missing.isEmpty()) {
            LOG.warnf("sample 部门整体 self-evaluations of %s: %d units of the sample are not in the district and were left out: %s",
                    year, missing.size(), missing.size() > 10 ? missing.subList(0, 10) + "…" : missing);
        }
        LOG.infof("sample 部门整体 self-evaluations of %s: %d units recorded now, %d already there, in %d ms", year, worked,
                sample.units().size() - worked - missing.size(), (System.nanoTime() - start) / 1_000_000);
        return worked;
    }

    private boolean carryThrough(FiscalYear year, SampleSelfEvaluations.Unit sample) {
        UnitCode code = UnitCode.of(sample.unitCode());
        BudgetUnit unit = units.findBudgetUnit(finance, code).unit();
        UnitCode department = unit.getSupervisingDepartment().orElse(code);
        Actor operator = new Actor("sample-loader:unit-" + code.value(), Set.of(Role.UNIT_OPERATOR), code, null, "sample-self-evaluations");
        Actor reviewer = new Actor("sample-loader:department-" + department.value(), Set.of(Role.DEPT_REVIEWER), department, null,
                "sample-self-evaluations");
        boolean worked = false;
        GoalView goal = goals.listGoals(finance, new GoalCriteria(year, code, GoalKind.DEPARTMENT_OVERALL, null, null), new Paging(1, 1))
                .items().stream().findFirst().orElse(null);
        if (goal == null) {
            goal = declare.declareGoal(operator, new DeclareGoalCommand(GoalKind.DEPARTMENT_OVERALL, year, code, null, null,
                    content(year, unit, sample)));
        }
        while (goal.latestApprovedVersion() == null) {
            worked = true;
            goal = switch (goal.status()) {
                case DRAFT -> submitGoal.submitGoal(operator, goal.id(), goal.revision()).goal();
                case SUBMITTED -> departmentReview.passDepartmentReview(reviewer, new PassDepartmentReviewCommand(goal.id(), goal.revision(), "同意"));
                case DEPT_REVIEWED -> financeReview.reviewGoalByFinance(finance, new ReviewGoalByFinanceCommand(goal.id(), goal.revision(),
                        AuditGrade.EXCELLENT, null, List.of()));
                case FINANCE_REVIEWED -> approve.approveGoal(finance, goal.id(), goal.revision());
                default -> throw new IllegalStateException("the sample goal of " + code + " stands " + goal.status() + "; continue it by hand");
            };
        }
        SelfEvaluationDetails evaluation = evaluations.listSelfEvaluations(finance,
                        new SelfEvaluationCriteria(year, code, SelfEvaluationKind.DEPARTMENT_OVERALL, null, null, null), new Paging(1, 1))
                .items().stream().findFirst().orElse(null);
        if (evaluation == null) {
            evaluation = open.openSelfEvaluation(operator, goal.id());
        }
        while (true) {
            SelfEvaluation e = evaluation.evaluation();
            switch (e.getStatus()) {
                case DRAFT -> {
                    if (!e.isScorable()) {
                        evaluation = record.recordSelfEvaluationEntries(operator, new RecordSelfEvaluationEntriesCommand(e.getId(),
                                evaluation.revision(), entries(e, sample)));
                    }
                    evaluation = submitEvaluation.submitSelfEvaluation(operator, e.getId(), evaluation.revision());
                }
                case SUBMITTED -> evaluation = review.reviewSelfEvaluation(reviewer,
                        new ReviewSelfEvaluationCommand(e.getId(), evaluation.revision(), ReviewAction.DEPT_APPROVE, "同意"));
                case DEPT_REVIEWED -> evaluation = review.reviewSelfEvaluation(finance,
                        new ReviewSelfEvaluationCommand(e.getId(), evaluation.revision(), ReviewAction.FINANCE_APPROVE, "审核通过"));
                case FINANCE_REVIEWED -> {
                    return worked;
                }
            }
            worked = true;
        }
    }

    /** The unit's 2023 overall goal: its duties, four indicators (产出 50, 效益 30, 满意度 20 by weight). */
    static GoalContent content(FiscalYear year, BudgetUnit unit, SampleSelfEvaluations.Unit sample) {
        return new GoalContent(year + "年度" + unit.getName() + "全面履行部门职责，完成" + sample.tasksPlanned() + "项重点工作任务，"
                + "重点工作按时办结率不低于95%，服务对象满意度达到90%以上。", null,
                "依据“三定”方案履行" + unit.getName() + "的职责。",
                List.of(Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "QUANTITY", TASKS, Comparator.AT_LEAST,
                                BigDecimal.valueOf(sample.tasksPlanned()), "项").withWeight(BigDecimal.valueOf(30)),
                        Indicator.quantitative(IndicatorId.newId(), "OUTPUT", "TIMELINESS", ON_TIME, Comparator.AT_LEAST,
                                BigDecimal.valueOf(95), "%").withWeight(BigDecimal.valueOf(20)),
                        Indicator.qualitative(IndicatorId.newId(), "BENEFIT", "SOCIAL", EFFECT,
                                "优：履职效能明显提升；良：有所提升；中：基本持平；差：下降").withWeight(BigDecimal.valueOf(30)),
                        Indicator.quantitative(IndicatorId.newId(), "SATISFACTION", "BENEFICIARY_SATISFACTION", SATISFACTION,
                                Comparator.AT_LEAST, BigDecimal.valueOf(90), "%").withWeight(BigDecimal.valueOf(20))));
    }

    static SelfEvaluationEntries entries(SelfEvaluation evaluation, SampleSelfEvaluations.Unit sample) {
        List<SelfEvaluationEntries.Line> lines = new ArrayList<>();
        for (EvaluatedIndicator indicator : evaluation.getIndicators()) {
            lines.add(switch (indicator.name()) {
                case TASKS -> new SelfEvaluationEntries.Line(indicator.id(), Achievement.measured(BigDecimal.valueOf(sample.tasksDone())),
                        sample.tasksDone() < sample.tasksPlanned() ? "一项重点工作受上级政策调整影响顺延至下一年度，已列入下一年度工作计划" : null);
                case ON_TIME -> new SelfEvaluationEntries.Line(indicator.id(), Achievement.measured(sample.onTimeRate()), null);
                case EFFECT -> new SelfEvaluationEntries.Line(indicator.id(),
                        Achievement.judged(QualitativeTier.ACHIEVED, BigDecimal.valueOf(sample.effectPercentage())), null);
                case SATISFACTION -> new SelfEvaluationEntries.Line(indicator.id(), Achievement.measured(sample.satisfaction()), null);
                default -> throw new IllegalStateException("the sample goal has no indicator " + indicator.name());
            });
        }
        return new SelfEvaluationEntries(BudgetExecution.of(new Money(sample.adjustedBudget()), new Money(sample.executed())),
                "全面完成年度部门整体绩效目标。", lines);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("sample self-evaluations")
                .status(state != State.FAILED)
                .withData("state", state.name());
        if (millis >= 0) {
            response.withData("loadedInMillis", millis);
        }
        if (skipped > 0) {
            response.withData("unitsNotInDistrict", skipped);
        }
        return response.build();
    }
}
