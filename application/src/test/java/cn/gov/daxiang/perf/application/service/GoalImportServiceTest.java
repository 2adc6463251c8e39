package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.change.AuditTrailSubscriber;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.EventDispatcher;
import cn.gov.daxiang.perf.application.fake.InMemoryAuditLog;
import cn.gov.daxiang.perf.application.fake.InMemoryBudgetUnitRepository;
import cn.gov.daxiang.perf.application.fake.InMemoryGoalRepository;
import cn.gov.daxiang.perf.application.fake.InMemoryGoalReviewAssignmentRepository;
import cn.gov.daxiang.perf.application.fake.InMemoryProjectRepository;
import cn.gov.daxiang.perf.application.port.in.goal.DeclareGoalCommand;
import cn.gov.daxiang.perf.application.port.in.goal.GoalView;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException;
import cn.gov.daxiang.perf.application.port.in.goal.GoalImportRejectedException.Problem;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalDeclarationsCommand;
import cn.gov.daxiang.perf.application.port.in.goal.ImportGoalDeclarationsCommand.Declaration;
import cn.gov.daxiang.perf.application.port.out.GoalRepository;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.goal.ApprovedGoalSubject;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalCriteria;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalStatus;
import cn.gov.daxiang.perf.domain.goal.GoalSubject;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.ApprovedIndicatorSample;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Goals declared together, all or nothing, on in-memory ports: no server, no database. */
class GoalImportServiceTest {

    private static final UnitCode UNIT = UnitCode.of("105002");
    private static final UnitCode OTHER_UNIT = UnitCode.of("105003");
    private static final FiscalYear YEAR = FiscalYear.of(2024);
    private static final Actor OPERATOR = new Actor("operator-105002", Set.of(Role.UNIT_OPERATOR), UNIT, null, "req-1");

    private final InMemoryBudgetUnitRepository units = new InMemoryBudgetUnitRepository();
    private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    private final InMemoryGoalRepository goals = new InMemoryGoalRepository(new InMemoryGoalReviewAssignmentRepository(), projects, units);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final Clock clock = Clock.fixed(Instant.parse("2024-03-01T02:00:00Z"), ZoneOffset.UTC);
    private final GoalImportService service = new GoalImportService(goals, units, projects,
            new VisibleGoals(goals, units, projects, new DataScopes(units)), IndicatorTaxonomy.standard(), 
            new ChangePipeline(new EventDispatcher(List.of(new AuditTrailSubscriber(auditLog)), clock)), clock);

    GoalImportServiceTest() {
        units.save(BudgetUnit.of(UnitCode.of("105001"), "邵阳市大祥区住房和城乡建设局", null, true));
        units.save(BudgetUnit.of(UNIT, "大祥区城市建设服务中心", UnitCode.of("105001"), true));
        units.save(BudgetUnit.of(OTHER_UNIT, "大祥区市政设施维护中心", UnitCode.of("105001"), true));
        for (int i = 1; i <= 3; i++) {
            projects.save(Project.of(project(i), "老旧小区改造" + i, UNIT, YEAR, ProjectCategory.SPECIFIC_PURPOSE, List.of(),
                    ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO)));
        }
    }

    private static ProjectCode project(int i) {
        return ProjectCode.of("43050324T00000000000" + i);
    }

    private static GoalContent content(String goal) {
        return new GoalContent(goal, null, null, List.of(new Indicator(IndicatorId.newId(), "OUTPUT", "QUANTITY", "改造小区数量",
                ValueType.QUANTITATIVE, Comparator.AT_LEAST, new BigDecimal("12"), null, "个", new BigDecimal("100"), null, null)));
    }

    private static Declaration newGoal(ProjectCode project) {
        return new Declaration(null, new DeclareGoalCommand(GoalKind.PROJECT, YEAR, UNIT, project, null, content("完成年度改造任务。")));
    }

    private static ImportGoalDeclarationsCommand command(Declaration... declarations) {
        return new ImportGoalDeclarationsCommand(List.of(declarations), 0);
    }

    @Test
    void aCleanImportDeclaresEveryGoalAndAuditsEachCreation() {
        List<GoalView> imported = service.importGoals(OPERATOR, command(newGoal(project(1)), newGoal(project(2))));

        assertThat(imported).extracting(d -> d.projectCode()).containsExactly(project(1), project(2));
        assertThat(imported).extracting(GoalView::revision).containsOnly(0L);
        assertThat(goals.all()).hasSize(2);
        assertThat(auditLog.events).extracting(AuditEvent::kind).containsExactly(AuditKind.CREATE, AuditKind.CREATE);
    }

    @Test
    void oneRefusedDeclarationWritesNothingAndIsNamedByItsIndexAndField() {
        ImportGoalDeclarationsCommand command = command(newGoal(project(1)), newGoal(ProjectCode.of("43050324T000000000009")));

        GoalImportRejectedException rejected = catchThrowableOfType(() -> service.importGoals(OPERATOR, command),
                GoalImportRejectedException.class);

        assertThat(rejected.problems()).extracting(Problem::declaration, Problem::field, Problem::code)
                .containsExactly(tuple(1, "projectCode", "PROJECT_NOT_FOUND"));
        assertThat(goals.all()).isEmpty();
        assertThat(auditLog.events).isEmpty();
    }

    @Test
    void declarationsTheEdgeCouldNotReadStopTheWholeImportThoughTheReadableOnesAreClean() {
        ImportGoalDeclarationsCommand command = new ImportGoalDeclarationsCommand(List.of(newGoal(project(1))), 1);

        GoalImportRejectedException rejected = catchThrowableOfType(() -> service.importGoals(OPERATOR, command),
                GoalImportRejectedException.class);

        assertThat(rejected.problems()).isEmpty();
        assertThat(goals.all()).isEmpty();
        assertThat(auditLog.events).isEmpty();
    }

    @Test
    void theReadableDeclarationsAreStillCheckedWhenSomeCouldNotBeRead() {
        ImportGoalDeclarationsCommand command = new ImportGoalDeclarationsCommand(List.of(newGoal(project(1)), newGoal(project(1))), 3);

        GoalImportRejectedException rejected = catchThrowableOfType(() -> service.importGoals(OPERATOR, command),
                GoalImportRejectedException.class);

        assertThat(rejected.problems()).extracting(Problem::declaration, Problem::code).containsExactly(tuple(1, "GOAL_IMPORT_DUPLICATE_GOAL"));
    }

    @Test
    void aSubjectThatAlreadyHasALiveGoalIsRefused() {
        service.importGoals(OPERATOR, command(newGoal(project(1))));
        auditLog.events.clear();

        GoalImportRejectedException rejected = catchThrowableOfType(
                () -> service.importGoals(OPERATOR, command(newGoal(project(2)), newGoal(project(1)))), GoalImportRejectedException.class);

        assertThat(rejected.problems()).extracting(Problem::declaration, Problem::code).containsExactly(tuple(1, "GOAL_ALREADY_DECLARED"));
        assertThat(goals.all()).hasSize(1);
        assertThat(auditLog.events).isEmpty();
    }

    @Test
    void anotherUnitsDeclarationRefusesTheImportAsAWhole() {
        Declaration foreign = new Declaration(null, new DeclareGoalCommand(GoalKind.DEPARTMENT_OVERALL, YEAR, OTHER_UNIT, null, null,
                content("完成部门年度任务。")));

        assertThatThrownBy(() -> service.importGoals(OPERATOR, command(newGoal(project(1)), foreign)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(goals.all()).isEmpty();
    }

    @Test
    void aDeclarationThatReplacesAGoalEditsItsContentAtTheStoredRevision() {
        GoalId id = service.importGoals(OPERATOR, command(newGoal(project(3)))).get(0).id();
        auditLog.events.clear();
        Declaration replacing = new Declaration(id, new DeclareGoalCommand(GoalKind.PROJECT, YEAR, UNIT, project(3), null,
                content("完成年度改造任务，惠及居民1500户。")));

        List<GoalView> imported = service.importGoals(OPERATOR, command(replacing));

        assertThat(imported).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.revision()).isEqualTo(1);
            assertThat(d.currentVersion().content().annualOverallGoal()).isEqualTo("完成年度改造任务，惠及居民1500户。");
        });
        assertThat(auditLog.events).extracting(AuditEvent::kind, AuditEvent::action).containsExactly(tuple(AuditKind.TRANSITION, "edit"));
    }

    @Test
    void aCommandRefusesAMissingValueNamingItsField() {
        InvalidValueException missingKind = catchThrowableOfType(
                () -> new DeclareGoalCommand(null, YEAR, UNIT, project(1), null, content("完成年度改造任务。")), InvalidValueException.class);
        InvalidValueException empty = catchThrowableOfType(() -> new ImportGoalDeclarationsCommand(List.of(), 0), InvalidValueException.class);

        assertThat(missingKind.field()).contains("kind");
        assertThat(missingKind.code()).isEqualTo("REQUEST_FIELD_REQUIRED");
        assertThat(empty.code()).isEqualTo("GOAL_IMPORT_EMPTY");
    }

}
