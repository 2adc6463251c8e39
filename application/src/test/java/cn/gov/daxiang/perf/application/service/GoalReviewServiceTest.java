package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AuditTrailSubscriber;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.EventDispatcher;
import cn.gov.daxiang.perf.application.fake.InMemoryStores;
import cn.gov.daxiang.perf.application.fake.ManualClock;
import cn.gov.daxiang.perf.application.fake.RecordingEventSubscriber;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.PassDepartmentReviewCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ReturnGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ReviewGoalByFinanceCommand;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import cn.gov.daxiang.perf.domain.goal.AuditGrade;
import cn.gov.daxiang.perf.domain.goal.GoalAction;
import cn.gov.daxiang.perf.domain.goal.GoalApproved;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalNotFoundException;
import cn.gov.daxiang.perf.domain.goal.GoalQualityChecks;
import cn.gov.daxiang.perf.domain.goal.GoalReviewAssigned;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.GoalStepTaken;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.goal.QualityCheckContext;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goal review use cases on the in-memory fakes, without a container: the department's review, the finance
 * bureau's grades, approval and publication, each through the change pipeline with its audit trail and events.
 */
class GoalReviewServiceTest {

    private static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    private static final FiscalYear YEAR = FiscalYear.of(2025);
    private static final UnitCode DEPARTMENT = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");
    private static final UnitCode OTHER_DEPARTMENT = UnitCode.of("106001");
    private static final IndicatorId PUPILS = new IndicatorId(new java.util.UUID(0L, 1L));

    private static final Actor DEPT_REVIEWER = new Actor("dept-105001", Set.of(Role.DEPT_REVIEWER), DEPARTMENT, null, "req-dept");
    private static final Actor OTHER_DEPT_REVIEWER = new Actor("dept-106001", Set.of(Role.DEPT_REVIEWER), OTHER_DEPARTMENT, null, "req-other");
    private static final Actor FINANCE = new Actor("finance-01", Set.of(Role.FINANCE_REVIEWER), null, null, "req-finance");
    private static final Actor OPERATOR = new Actor("op-105002", Set.of(Role.UNIT_OPERATOR), KINDERGARTEN, null, "req-op");

    private final ManualClock clock = new ManualClock(T0);
    private final InMemoryStores stores = new InMemoryStores();
    private final RecordingEventSubscriber recorded = new RecordingEventSubscriber();
    private final ChangePipeline pipeline = new ChangePipeline(
            new EventDispatcher(List.of(new AuditTrailSubscriber(stores.audit), recorded), clock));
    private final VisibleGoals visibleGoals = new VisibleGoals(stores.goals, stores.units, stores.projects, new DataScopes(stores.units));
    private final GoalReviewService review = new GoalReviewService(stores.reviewAssignments, visibleGoals, pipeline, clock);

    GoalReviewServiceTest() {
        stores.units.save(BudgetUnit.of(DEPARTMENT, "大祥区教育局", null, true));
        stores.units.save(BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", DEPARTMENT, true));
        stores.units.save(BudgetUnit.of(OTHER_DEPARTMENT, "大祥区卫生健康局", null, true));
    }

    // --- the department's review ------------------------------------------------------------------

    @Test
    void theSupervisingDepartmentPassesASubmittedGoalAndTheStepIsRecordedOnceWithItsAuditRecord() {
        Seeded goal = seed(g -> { });
        clock.advance(Duration.ofHours(1));

        GoalView passed = review.passDepartmentReview(DEPT_REVIEWER, new PassDepartmentReviewCommand(goal.id(), goal.revision(), "同意上报"));

        assertThat(passed.status()).isEqualTo(GoalStatus.DEPT_REVIEWED);
        assertThat(passed.revision()).isEqualTo(goal.revision() + 1);
        assertThat(passed.currentVersion().history()).last()
                .satisfies(step -> {
                    assertThat(step.action()).isEqualTo(GoalAction.PASS_DEPARTMENT_REVIEW);
                    assertThat(step.note()).isEqualTo("同意上报");
                    assertThat(step.actor()).isEqualTo("dept-105001");
                    assertThat(step.at()).isEqualTo(T0.plus(Duration.ofHours(1)));
                });
        assertThat(stored(goal.id()).goal().getStatus()).isEqualTo(GoalStatus.DEPT_REVIEWED);
        assertThat(recorded.events()).containsExactly(new GoalStepTaken(goal.id(), 1, GoalAction.PASS_DEPARTMENT_REVIEW));
        AuditEvent audit = onlyAuditRecord();
        assertThat(audit.kind()).isEqualTo(AuditKind.TRANSITION);
        assertThat(audit.action()).isEqualTo("pass_department_review");
        assertThat(audit.objectType()).isEqualTo(PerformanceGoal.AUDIT_TYPE);
        assertThat(audit.objectId()).isEqualTo(goal.id().toString());
        assertThat(audit.actorId()).isEqualTo("dept-105001");
        assertThat(audit.requestId()).isEqualTo("req-dept");
        assertThat(audit.occurredAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(audit.changes()).contains(new FieldChange("status", "SUBMITTED", "DEPT_REVIEWED"));
    }

    @Test
    void theDepartmentReturnsASubmissionWithReasonsOnTheGoalAndOnAnIndicator() {
        Seeded goal = seed(g -> { });
        List<ReturnReason> reasons = List.of(ReturnReason.forGoal("年度目标不够具体"), ReturnReason.forIndicator(PUPILS, "目标值偏低"));

        GoalView returned = review.returnGoal(DEPT_REVIEWER, new ReturnGoalCommand(goal.id(), goal.revision(), reasons));

        assertThat(returned.status()).isEqualTo(GoalStatus.RETURNED);
        assertThat(returned.currentVersion().latestReturnReasons()).containsExactlyElementsOf(reasons);
        assertThat(returned.allowedActions()).as("offered to the department, which may do nothing more to a returned goal").isEmpty();
        assertThat(recorded.events()).containsExactly(new GoalStepTaken(goal.id(), 1, GoalAction.RETURN));
        assertThat(onlyAuditRecord().action()).isEqualTo("return");
    }

    @Test
    void aReturnWithoutReasonsIsRefusedAndLeavesTheGoalItsEventsAndTheAuditTrailUntouched() {
        Seeded goal = seed(g -> { });

        assertRefusedWithoutTrace(goal, () -> review.returnGoal(DEPT_REVIEWER, new ReturnGoalCommand(goal.id(), goal.revision(), null)),
                InvalidValueException.class, "GOAL_REVIEW_REASON_REQUIRED");
    }

    @Test
    void onlyTheReviewerOfTheSupervisingDepartmentMayPassTheSubmission() {
        Seeded goal = seed(g -> { });

        // The other department sees nothing of the kindergarten: not found, not forbidden.
        assertRefusedWithoutTrace(goal, () -> review.passDepartmentReview(OTHER_DEPT_REVIEWER,
                new PassDepartmentReviewCommand(goal.id(), goal.revision(), null)), GoalNotFoundException.class, "GOAL_NOT_FOUND");
        // The unit sees its goal, but may not review it.
        assertRefusedWithoutTrace(goal, () -> review.passDepartmentReview(OPERATOR,
                new PassDepartmentReviewCommand(goal.id(), goal.revision(), null)), AccessDeniedException.class, null);
    }

    // --- the finance bureau's grades ----------------------------------------------------------------

    @Test
    void gradeExcellentPassesTheFinanceReview() {
        Seeded goal = seed(g -> g.passDepartmentReview(null, "dept-105001", T0));

        GoalView graded = review.reviewGoalByFinance(FINANCE,
                new ReviewGoalByFinanceCommand(goal.id(), goal.revision(), AuditGrade.EXCELLENT, null, null));

        assertThat(graded.status()).isEqualTo(GoalStatus.FINANCE_REVIEWED);
        assertThat(graded.currentVersion().auditGrade()).isEqualTo(AuditGrade.EXCELLENT);
        assertThat(recorded.events()).containsExactly(new GoalStepTaken(goal.id(), 1, GoalAction.REVIEW_BY_FINANCE));
        AuditEvent audit = onlyAuditRecord();
        assertThat(audit.action()).isEqualTo("review_by_finance");
        assertThat(audit.actorId()).isEqualTo("finance-01");
    }

    @Test
    void gradeGoodPassesOnlyWithTheRecordedConsultation() {
        Seeded goal = seed(g -> g.passDepartmentReview(null, "dept-105001", T0));

        assertRefusedWithoutTrace(goal, () -> review.reviewGoalByFinance(FINANCE,
                        new ReviewGoalByFinanceCommand(goal.id(), goal.revision(), AuditGrade.GOOD, null, List.of())),
                DomainException.class, "GOAL_CONSULTATION_NOTE_REQUIRED");

        GoalView graded = review.reviewGoalByFinance(FINANCE,
                new ReviewGoalByFinanceCommand(goal.id(), goal.revision(), AuditGrade.GOOD, "已与单位沟通，补充了满意度指标", List.of()));

        assertThat(graded.status()).isEqualTo(GoalStatus.FINANCE_REVIEWED);
        assertThat(graded.currentVersion().consultationNote()).isEqualTo("已与单位沟通，补充了满意度指标");
        assertThat(recorded.events()).hasSize(1);
    }

    @Test
    void gradeFairReturnsTheVersionWithItsReasons() {
        Seeded goal = seed(g -> g.passDepartmentReview(null, "dept-105001", T0));
        assertRefusedWithoutTrace(goal, () -> review.reviewGoalByFinance(FINANCE,
                        new ReviewGoalByFinanceCommand(goal.id(), goal.revision(), AuditGrade.MEDIUM, null, List.of())),
                InvalidValueException.class, "GOAL_REVIEW_REASON_REQUIRED");

        GoalView graded = review.reviewGoalByFinance(FINANCE, new ReviewGoalByFinanceCommand(goal.id(), goal.revision(),
                AuditGrade.MEDIUM, null, List.of(ReturnReason.forIndicator(PUPILS, "指标不可衡量"))));

        assertThat(graded.status()).isEqualTo(GoalStatus.RETURNED);
        assertThat(graded.currentVersion().auditGrade()).isEqualTo(AuditGrade.MEDIUM);
        assertThat(graded.currentVersion().latestReturnReasons()).containsExactly(ReturnReason.forIndicator(PUPILS, "指标不可衡量"));
    }

    @Test
    void gradePoorRejectsTheVersionForGood() {
        Seeded goal = seed(g -> g.passDepartmentReview(null, "dept-105001", T0));

        GoalView graded = review.reviewGoalByFinance(FINANCE, new ReviewGoalByFinanceCommand(goal.id(), goal.revision(),
                AuditGrade.POOR, null, List.of(ReturnReason.forGoal("与部门职责无关"))));

        assertThat(graded.status()).isEqualTo(GoalStatus.REJECTED);
        assertThat(graded.allowedActions()).isEmpty();
        assertThat(onlyAuditRecord().changes()).contains(new FieldChange("status", "DEPT_REVIEWED", "REJECTED"));
    }

    @Test
    void aFinanceReviewCommandWithoutAGradeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new ReviewGoalByFinanceCommand(GoalId.newId(), 0, null, null, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("REQUEST_FIELD_REQUIRED");
                    assertThat(e.field()).hasValue("grade");
                });
        assertThatThrownBy(() -> new ReturnGoalCommand(GoalId.newId(), 0, java.util.Arrays.asList(ReturnReason.forGoal("x"), null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).hasValue("reasons[1]"));
    }

    // --- approval and publication -----------------------------------------------------------------

    @Test
    void approvalPublishesGoalApprovedWithTheApprovedContentAtTheClocksTime() {
        Seeded goal = seed(g -> {
            g.passDepartmentReview(null, "dept-105001", T0);
            g.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "finance-01", T0);
        });
        clock.advance(Duration.ofDays(2));

        GoalView approved = review.approveGoal(FINANCE, goal.id(), goal.revision());

        assertThat(approved.status()).isEqualTo(GoalStatus.APPROVED);
        assertThat(approved.latestApprovedVersion()).isEqualTo(1);
        List<GoalApproved> events = recorded.events(GoalApproved.class);
        assertThat(recorded.events()).hasSize(1);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.goalId()).isEqualTo(goal.id());
            assertThat(event.kind()).isEqualTo(GoalKind.DEPARTMENT_OVERALL);
            assertThat(event.unitCode()).isEqualTo(KINDERGARTEN);
            assertThat(event.fiscalYear()).isEqualTo(YEAR);
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.isAdjustment()).isFalse();
            assertThat(event.auditGrade()).isEqualTo(AuditGrade.EXCELLENT);
            assertThat(event.approvedAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
            assertThat(event.content()).isEqualTo(content());
        });
        PublishedEvent published = recorded.published.get(0);
        assertThat(published.actor()).isEqualTo(FINANCE);
        assertThat(published.at()).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(onlyAuditRecord().action()).isEqualTo("approve");
    }

    @Test
    void publicationFollowsApprovalAndIsAStepOfItsOwn() {
        Seeded goal = seed(g -> {
            g.passDepartmentReview(null, "dept-105001", T0);
            g.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "finance-01", T0);
            g.approve("finance-01", T0);
        });

        GoalView published = review.publishGoal(FINANCE, goal.id(), goal.revision());

        assertThat(published.status()).isEqualTo(GoalStatus.PUBLISHED);
        assertThat(recorded.events()).containsExactly(new GoalStepTaken(goal.id(), 1, GoalAction.PUBLISH));
        assertThat(onlyAuditRecord().action()).isEqualTo("publish");
    }

    @Test
    void approvalIsTheFinanceBureausAlone() {
        Seeded goal = seed(g -> {
            g.passDepartmentReview(null, "dept-105001", T0);
            g.reviewByFinance(AuditGrade.EXCELLENT, null, List.of(), "finance-01", T0);
        });

        assertRefusedWithoutTrace(goal, () -> review.approveGoal(DEPT_REVIEWER, goal.id(), goal.revision()),
                AccessDeniedException.class, null);
    }

    // --- what every change checks -----------------------------------------------------------------

    @Test
    void aChangeFromAStaleRevisionIsRefusedAndChangesNothing() {
        Seeded goal = seed(g -> { });
        review.passDepartmentReview(DEPT_REVIEWER, new PassDepartmentReviewCommand(goal.id(), goal.revision(), null));
        Seeded now = new Seeded(goal.id(), goal.revision() + 1);
        recorded.published.clear();
        stores.audit.events.clear();

        assertRefusedWithoutTrace(now, () -> review.reviewGoalByFinance(FINANCE,
                        new ReviewGoalByFinanceCommand(goal.id(), goal.revision(), AuditGrade.EXCELLENT, null, List.of())),
                StaleRevisionException.class, null);
    }

    @Test
    void aGoalTheCallerMayNotSeeIsNotFound() {
        Seeded goal = seed(g -> { });

        assertRefusedWithoutTrace(goal, () -> review.returnGoal(OTHER_DEPT_REVIEWER,
                        new ReturnGoalCommand(goal.id(), goal.revision(), List.of(ReturnReason.forGoal("不合格")))),
                GoalNotFoundException.class, "GOAL_NOT_FOUND");
        assertThatThrownBy(() -> review.approveGoal(FINANCE, GoalId.newId(), 0)).isInstanceOf(GoalNotFoundException.class);
    }

    @Test
    void assigningTheReviewToAnAgencyIsAuditedUnderTheGoalAndLetsTheAgencySeeIt() {
        Seeded goal = seed(g -> { });
        AgencyId agency = new AgencyId("agency-01");
        Actor evaluator = new Actor("eval-01", Set.of(Role.EVALUATOR), null, agency, "req-eval");
        assertThatThrownBy(() -> visibleGoals.load(evaluator, goal.id())).isInstanceOf(GoalNotFoundException.class);

        GoalView assigned = review.assignGoalReview(FINANCE, goal.id(), agency);

        assertThat(assigned.reviewAgency()).isEqualTo(agency);
        assertThat(recorded.events(GoalReviewAssigned.class)).singleElement()
                .satisfies(e -> assertThat(e.assignment().agency()).isEqualTo(agency));
        AuditEvent audit = onlyAuditRecord();
        assertThat(audit.action()).isEqualTo("assign_review");
        assertThat(audit.objectId()).isEqualTo(goal.id().toString());
        assertThat(audit.changes()).containsExactly(new FieldChange("reviewAgency", "", "agency-01"));
        assertThat(visibleGoals.load(evaluator, goal.id()).goal().getId()).isEqualTo(goal.id());
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** A goal id and the revision a caller read. */
    private record Seeded(GoalId id, long revision) {
    }

    /** A submitted 部门整体 goal of the kindergarten, taken further by {@code steps}, stored without any event. */
    private Seeded seed(Consumer<PerformanceGoal> steps) {
        PerformanceGoal goal = PerformanceGoal.create(GoalId.newId(), GoalKind.DEPARTMENT_OVERALL, YEAR, KINDERGARTEN, null, null,
                content(), IndicatorTaxonomy.standard(), "op-105002", T0);
        goal.submit(GoalQualityChecks.standard(), QualityCheckContext.none(), "op-105002", T0);
        steps.accept(goal);
        return new Seeded(goal.getId(), stores.goals.add(goal));
    }

    private static GoalContent content() {
        return new GoalContent("2025年在园幼儿300人，保教质量达标，家长满意度90%以上。", null, "承担学前教育保教工作。", List.of(
                Indicator.quantitative(PUPILS, "OUTPUT", "QUANTITY", "在园幼儿数", Comparator.AT_LEAST, new BigDecimal("300"), "人")
                        .withWeight(new BigDecimal("50")),
                Indicator.quantitative(new IndicatorId(new java.util.UUID(0L, 2L)), "BENEFIT", "SOCIAL", "适龄儿童入园率",
                        Comparator.AT_LEAST, new BigDecimal("95"), "%").withWeight(new BigDecimal("30")),
                Indicator.quantitative(new IndicatorId(new java.util.UUID(0L, 3L)), "SATISFACTION", "BENEFICIARY_SATISFACTION",
                        "家长满意度", Comparator.AT_LEAST, new BigDecimal("90"), "%").withWeight(new BigDecimal("20"))));
    }

    private GoalRepository.Stored stored(GoalId id) {
        return stores.goals.findById(id).orElseThrow();
    }

    private AuditEvent onlyAuditRecord() {
        assertThat(stores.audit.events).hasSize(1);
        return stores.audit.events.get(0);
    }

    /** The change is refused as expected; the stored goal, the events and the audit trail are as they were. */
    private void assertRefusedWithoutTrace(Seeded goal, Executable change, Class<? extends RuntimeException> refusal, String code) {
        GoalRepository.Stored before = stored(goal.id());
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(refusal, e -> {
            if (code != null) {
                assertThat(((DomainException) e).code()).isEqualTo(code);
            }
        });
        GoalRepository.Stored after = stored(goal.id());
        assertThat(after.revision()).isEqualTo(before.revision());
        assertThat(after.goal().auditSnapshot()).isEqualTo(before.goal().auditSnapshot());
        assertThat(recorded.published).isEmpty();
        assertThat(stores.audit.events).isEmpty();
    }
}
