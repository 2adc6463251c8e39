package cn.gov.daxiang.perf.application.service.keyevaluation;

import cn.gov.daxiang.perf.application.change.AuditTrailSubscriber;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.EventDispatcher;
import cn.gov.daxiang.perf.application.fake.InMemoryStores;
import cn.gov.daxiang.perf.application.fake.ManualClock;
import cn.gov.daxiang.perf.application.fake.RecordingEventSubscriber;
import cn.gov.daxiang.perf.application.port.in.agency.AgencyView;
import cn.gov.daxiang.perf.application.port.in.agency.AppointEvaluatorCommand;
import cn.gov.daxiang.perf.application.port.in.agency.RegisterAgencyCommand;
import cn.gov.daxiang.perf.application.port.in.agency.ReviseAgencyCommand;
import cn.gov.daxiang.perf.application.port.in.framework.PublishFrameworkCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.CommissionKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationChange;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.KeyEvaluationDetails;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.PlanKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.RecordKeyEvaluationFindingsCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ReturnKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoreKeyEvaluationCommand;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.ScoredIndicator;
import cn.gov.daxiang.perf.application.port.in.keyevaluation.SetKeyEvaluationFrameworkCommand;
import cn.gov.daxiang.perf.application.service.AgencyService;
import cn.gov.daxiang.perf.application.service.DataScopes;
import cn.gov.daxiang.perf.application.service.EvaluationFrameworkService;
import cn.gov.daxiang.perf.application.service.KeyEvaluationObjects;
import cn.gov.daxiang.perf.application.service.KeyEvaluationQueryService;
import cn.gov.daxiang.perf.application.service.KeyEvaluationReadModels;
import cn.gov.daxiang.perf.application.service.KeyEvaluationService;
import cn.gov.daxiang.perf.application.service.VisibleKeyEvaluations;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.agency.AgencyDetails;
import cn.gov.daxiang.perf.domain.agency.AgencyEvaluator;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import cn.gov.daxiang.perf.domain.framework.DefaultFrameworks;
import cn.gov.daxiang.perf.domain.framework.FrameworkCode;
import cn.gov.daxiang.perf.domain.framework.FrameworkReference;
import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationCategory;
import cn.gov.daxiang.perf.domain.keyevaluation.EvaluationObject;
import cn.gov.daxiang.perf.domain.keyevaluation.Finding;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationCriteria;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationId;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationNotFoundException;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationPlan;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationState;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationSummary;
import cn.gov.daxiang.perf.domain.keyevaluation.ProposedRectification;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreEntry;
import cn.gov.daxiang.perf.domain.keyevaluation.ScoreSheetRejectedException;
import cn.gov.daxiang.perf.domain.keyevaluation.SubjectKind;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Key evaluations, agencies and frameworks on the in-memory fakes, without a container: finance plans an evaluation of
 * a 专项债券 project and commissions 臻瑞; its evaluator sets the district framework, scores, submits; finance returns it
 * once and accepts it. The other agency's evaluator finds nothing; a unit sees the evaluation once accepted.
 */
class KeyEvaluationUseCaseTest {

    static final UnitCode HOUSING = UnitCode.of("108001");
    static final UnitCode HOUSING_CENTRE = UnitCode.of("108002");
    static final UnitCode EDUCATION = UnitCode.of("105001");
    static final ProjectCode RENOVATION = ProjectCode.of("43050324T000000000101");
    static final ProjectCode HOUSING_OFFICE = ProjectCode.of("43050323Y000000000201");
    static final ProjectCode SCHOOLS = ProjectCode.of("43050324T000000000102");

    static final Actor FINANCE = new Actor("finance-01", Set.of(Role.FINANCE_REVIEWER), null, null, "r1");
    static final Actor ADMIN = new Actor("finance-admin", Set.of(Role.FINANCE_ADMIN), null, null, "r2");
    static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR), null, null, "r3");
    static final Actor ZHENRUI = new Actor("zhenrui-evaluator", Set.of(Role.EVALUATOR), null, new AgencyId("ZHENRUI"), "r4");
    static final Actor OTHER = new Actor("other-evaluator", Set.of(Role.EVALUATOR), null, new AgencyId("OTHERAGENCY"), "r5");
    static final Actor CENTRE = new Actor("op-108002", Set.of(Role.UNIT_OPERATOR), HOUSING_CENTRE, null, "r6");
    static final Actor HOUSING_REVIEWER = new Actor("dept-108001", Set.of(Role.DEPT_REVIEWER), HOUSING, null, "r7");
    static final Actor EDUCATION_OPERATOR = new Actor("op-105001", Set.of(Role.UNIT_OPERATOR), EDUCATION, null, "r8");

    final ManualClock clock = new ManualClock(Instant.parse("2024-06-03T02:00:00Z"));
    final InMemoryStores stores = new InMemoryStores();
    final RecordingEventSubscriber recorded = new RecordingEventSubscriber();
    final ChangePipeline pipeline = new ChangePipeline(new EventDispatcher(List.of(new AuditTrailSubscriber(stores.audit), recorded), clock));
    final KeyEvaluationObjects objects = new KeyEvaluationObjects(stores.projects, stores.units);
    final VisibleKeyEvaluations visible = new VisibleKeyEvaluations(stores.keyEvaluations, objects, new DataScopes(stores.units));
    final KeyEvaluationReadModels readModels = new KeyEvaluationReadModels(objects, stores.agencies, stores.units);
    final KeyEvaluationService service = new KeyEvaluationService(stores.keyEvaluations, visible, objects, readModels, stores.agencies,
            stores.frameworks, stores.units, stores.grading, () -> 60, pipeline, clock);
    final KeyEvaluationQueryService queries = new KeyEvaluationQueryService(stores.keyEvaluations, visible, objects, readModels);
    final AgencyService agencies = new AgencyService(stores.agencies, pipeline);
    final EvaluationFrameworkService frameworks = new EvaluationFrameworkService(stores.frameworks, pipeline, clock);

    KeyEvaluationUseCaseTest() {
        stores.units.save(BudgetUnit.of(HOUSING, "邵阳市大祥区住房和城乡建设局", null, true));
        stores.units.save(BudgetUnit.of(HOUSING_CENTRE, "邵阳市大祥区城市建设服务中心", HOUSING, true));
        stores.units.save(BudgetUnit.of(EDUCATION, "邵阳市大祥区教育局", null, true));
        stores.projects.save(project(RENOVATION, HOUSING_CENTRE, 2024, "36500000.00", ProjectKind.SPECIAL_BOND));
        stores.projects.save(project(HOUSING_OFFICE, HOUSING, 2023, "1200000.00"));
        stores.projects.save(project(ProjectCode.of("43050323T000000000202"), HOUSING_CENTRE, 2023, "800000.50"));
        stores.projects.save(project(ProjectCode.of("43050324T000000000203"), HOUSING, 2024, "999.00"));
        stores.projects.save(project(SCHOOLS, EDUCATION, 2024, "18600000.00", ProjectKind.GOVERNMENT_PURCHASED_SERVICE));
    }

    static Project project(ProjectCode code, UnitCode unit, int year, String amount, ProjectKind... kinds) {
        return Project.of(code, "项目" + code.value().substring(17), unit, FiscalYear.of(year), ProjectCategory.SPECIFIC_PURPOSE, List.of(kinds),
                ProjectFunds.of(Money.of(amount), Money.ZERO, Money.ZERO));
    }

    KeyEvaluationDetails planBond() {
        return service.planKeyEvaluation(FINANCE, new PlanKeyEvaluationCommand(new KeyEvaluationPlan("2024年度城镇老旧小区改造项目重点评价",
                FiscalYear.of(2024), new EvaluationObject.OfProject(RENOVATION), SubjectKind.SPECIAL_BOND, LocalDate.of(2024, 10, 31))));
    }

    List<ScoreEntry> sheet(KeyEvaluationDetails details, String deductionOnLast) {
        List<IndicatorNode> leaves = details.evaluation().getFramework().orElseThrow().indicators().leaves();
        return leaves.stream().map(l -> l == leaves.get(leaves.size() - 1)
                ? new ScoreEntry(l.code(), l.points().subtract(new BigDecimal(deductionOnLast)), "满意度调查得分率偏低")
                : new ScoreEntry(l.code(), l.points(), null)).toList();
    }

    /** Planned, commissioned, district framework, fieldwork, scored with {@code deduction} taken off the last indicator. */
    KeyEvaluationDetails scored(String deduction) {
        KeyEvaluationDetails d = planBond();
        d = service.commissionKeyEvaluation(FINANCE, new CommissionKeyEvaluationCommand(id(d), d.revision(), new AgencyId("ZHENRUI")));
        d = service.setKeyEvaluationFramework(ZHENRUI, new SetKeyEvaluationFrameworkCommand(id(d), d.revision(),
                new FrameworkReference(DefaultFrameworks.DISTRICT_PROJECT, 1), null, null));
        d = service.startKeyEvaluationFieldwork(ZHENRUI, new KeyEvaluationChange(id(d), d.revision()));
        return service.scoreKeyEvaluation(ZHENRUI, new ScoreKeyEvaluationCommand(id(d), d.revision(), sheet(d, deduction)));
    }

    static KeyEvaluationId id(KeyEvaluationDetails d) {
        return d.evaluation().getId();
    }

    @Test
    void theMustShowWalkFromPlanToAcceptanceWithOneReturn() {
        KeyEvaluationDetails planned = planBond();
        assertThat(planned.coveredMoney()).isEqualTo(Money.of("36500000.00"));
        assertThat(planned.projectNames()).containsKey(RENOVATION);

        KeyEvaluationDetails d = scored("2.5");
        d = service.recordKeyEvaluationFindings(ZHENRUI, new RecordKeyEvaluationFindingsCommand(id(d), d.revision(),
                List.of(new Finding("满意度调查样本不足", "C22", new ProposedRectification(HOUSING_CENTRE, null))), List.of()));
        d = service.submitKeyEvaluation(ZHENRUI, new KeyEvaluationChange(id(d), d.revision()));
        assertThat(d.evaluation().getResult().orElseThrow().score().value()).isEqualByComparingTo("97.50");

        d = service.returnKeyEvaluation(FINANCE, new ReturnKeyEvaluationCommand(id(d), d.revision(), List.of("满意度调查方法未说明")));
        assertThat(d.evaluation().getState()).isEqualTo(KeyEvaluationState.RETURNED);
        d = service.scoreKeyEvaluation(ZHENRUI, new ScoreKeyEvaluationCommand(id(d), d.revision(),
                List.of(new ScoreEntry("C22", new BigDecimal("0.5"), "补充调查后满意度仅为50%"), new ScoreEntry("C21", new BigDecimal("10"), "效益未达预期"))));
        d = service.submitKeyEvaluation(ZHENRUI, new KeyEvaluationChange(id(d), d.revision()));
        clock.set(Instant.parse("2024-11-01T01:00:00Z"));
        d = service.acceptKeyEvaluation(FINANCE, new KeyEvaluationChange(id(d), d.revision()));

        assertThat(d.evaluation().getState()).isEqualTo(KeyEvaluationState.ACCEPTED);
        assertThat(d.evaluation().reworkRounds()).isEqualTo(1);
        var result = d.evaluation().getResult().orElseThrow();
        assertThat(result.score().value()).isEqualByComparingTo("85.50");
        assertThat(result.grade()).isEqualTo(Grade.GOOD);
        assertThat(result.schemeId().value()).isEqualTo("district-2024");
        assertThat(d.evaluation().getFindings().get(0).rectification().deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.agencyName()).isEqualTo("邵阳臻瑞咨询服务有限责任公司");
        assertThat(d.indicatorRows()).filteredOn(r -> r.code().equals("C")).singleElement()
                .satisfies(r -> assertThat(r.score()).isEqualByComparingTo("45.50"));
        assertThat(d.indicatorRows()).filteredOn(r -> r.code().equals("C22")).extracting(ScoredIndicator::note).containsExactly("补充调查后满意度仅为50%");

        assertThat(recorded.published).extracting(p -> p.event().getClass().getSimpleName()).containsExactly("KeyEvaluationPlanned",
                "KeyEvaluationPlanned", "KeyEvaluationCommissioned", "KeyEvaluationFrameworkSet", "KeyEvaluationFieldworkStarted",
                "KeyEvaluationScored", "KeyEvaluationFindingsRecorded", "KeyEvaluationSubmitted", "KeyEvaluationReturned",
                "KeyEvaluationScored", "KeyEvaluationSubmitted", "KeyEvaluationAccepted");
        assertThat(stores.audit.events).extracting(AuditEvent::action).endsWith("submit", "return", "score", "submit", "accept");
    }

    @Test
    void theOtherAgencysEvaluatorFindsNothingForEveryOperationAndNeverSeesItListed() {
        KeyEvaluationDetails d = scored("0");
        KeyEvaluationId id = id(d);
        long rev = d.revision();
        assertThatThrownBy(() -> queries.findKeyEvaluation(OTHER, id)).isInstanceOf(KeyEvaluationNotFoundException.class);
        assertThatThrownBy(() -> service.scoreKeyEvaluation(OTHER, new ScoreKeyEvaluationCommand(id, rev, sheet(d, "0"))))
                .isInstanceOf(KeyEvaluationNotFoundException.class);
        assertThatThrownBy(() -> service.submitKeyEvaluation(OTHER, new KeyEvaluationChange(id, rev))).isInstanceOf(KeyEvaluationNotFoundException.class);
        assertThatThrownBy(() -> service.setKeyEvaluationFramework(OTHER, new SetKeyEvaluationFrameworkCommand(id, rev,
                new FrameworkReference(DefaultFrameworks.DISTRICT_PROJECT, 1), null, null))).isInstanceOf(KeyEvaluationNotFoundException.class);
        assertThat(queries.listKeyEvaluations(OTHER, KeyEvaluationCriteria.any(), Paging.first()).total()).isZero();
        assertThat(queries.listKeyEvaluations(ZHENRUI, KeyEvaluationCriteria.any(), Paging.first()).total()).isEqualTo(1);
    }

    @Test
    void beforeCommissioningNoEvaluatorSeesIt() {
        KeyEvaluationDetails planned = planBond();
        assertThatThrownBy(() -> queries.findKeyEvaluation(ZHENRUI, id(planned))).isInstanceOf(KeyEvaluationNotFoundException.class);
        assertThat(queries.findKeyEvaluation(AUDITOR, id(planned)).evaluation().getState()).isEqualTo(KeyEvaluationState.PLANNED);
    }

    @Test
    void unitsSeeOnlyAcceptedEvaluationsOfTheirOwnObjectsAndChangeNothing() {
        KeyEvaluationDetails d = scored("0");
        d = service.submitKeyEvaluation(ZHENRUI, new KeyEvaluationChange(id(d), d.revision()));
        KeyEvaluationId id = id(d);
        assertThatThrownBy(() -> queries.findKeyEvaluation(CENTRE, id)).isInstanceOf(KeyEvaluationNotFoundException.class);
        d = service.acceptKeyEvaluation(ADMIN, new KeyEvaluationChange(id, d.revision()));
        long rev = d.revision();

        assertThat(queries.findKeyEvaluation(CENTRE, id).evaluation().getState()).isEqualTo(KeyEvaluationState.ACCEPTED);
        assertThat(queries.findKeyEvaluation(HOUSING_REVIEWER, id).evaluation().getState()).isEqualTo(KeyEvaluationState.ACCEPTED);
        assertThatThrownBy(() -> queries.findKeyEvaluation(EDUCATION_OPERATOR, id)).isInstanceOf(KeyEvaluationNotFoundException.class);
        assertThat(queries.listKeyEvaluations(EDUCATION_OPERATOR, KeyEvaluationCriteria.any(), Paging.first()).total()).isZero();
        assertThatThrownBy(() -> service.returnKeyEvaluation(CENTRE, new ReturnKeyEvaluationCommand(id, rev, List.of("x"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusalsLeaveNoTraceForbiddenBeforeStaleAndABadSheetNamesEveryLine() {
        KeyEvaluationDetails d = scored("0");
        recorded.published.clear();
        stores.audit.events.clear();
        KeyEvaluationId id = id(d);
        assertThatThrownBy(() -> service.returnKeyEvaluation(ZHENRUI, new ReturnKeyEvaluationCommand(id, 999, List.of("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.submitKeyEvaluation(ZHENRUI, new KeyEvaluationChange(id, 999))).isInstanceOf(StaleRevisionException.class);
        assertThatThrownBy(() -> service.scoreKeyEvaluation(ZHENRUI, new ScoreKeyEvaluationCommand(id, d.revision(), List.of(
                new ScoreEntry("A11", new BigDecimal("5"), "x"), new ScoreEntry("C", new BigDecimal("1"), "x")))))
                .isInstanceOfSatisfying(ScoreSheetRejectedException.class, e -> assertThat(e.problems()).hasSize(2));
        assertThat(recorded.published).isEmpty();
        assertThat(stores.audit.events).isEmpty();
        assertThat(queries.findKeyEvaluation(FINANCE, id).revision()).isEqualTo(d.revision());
    }

    @Test
    void aKindNamedAfterAProjectKindNeedsProjectsOfThatKind() {
        assertThatThrownBy(() -> service.planKeyEvaluation(FINANCE, new PlanKeyEvaluationCommand(new KeyEvaluationPlan("t", FiscalYear.of(2024),
                new EvaluationObject.OfSpecialFund("混合", List.of(RENOVATION, SCHOOLS)), SubjectKind.SPECIAL_BOND, LocalDate.of(2024, 10, 31)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("KEY_EVALUATION_PROJECT_NOT_OF_KIND"));
        assertThatThrownBy(() -> service.planKeyEvaluation(ZHENRUI, new PlanKeyEvaluationCommand(new KeyEvaluationPlan("t", FiscalYear.of(2024),
                new EvaluationObject.OfProject(RENOVATION), SubjectKind.SPECIAL_BOND, LocalDate.of(2024, 10, 31)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stores.keyEvaluations.find(KeyEvaluationCriteria.any())).isEmpty();
    }

    @Test
    void aDepartmentsOverallSpendingCoversItsAndItsSubordinatesProjectsOfTheSpendingYear() {
        KeyEvaluationDetails d = service.planKeyEvaluation(FINANCE, new PlanKeyEvaluationCommand(new KeyEvaluationPlan("住建局2023年度部门整体支出评价",
                FiscalYear.of(2024), new EvaluationObject.OfDepartment(HOUSING, FiscalYear.of(2023)), SubjectKind.DEPARTMENT_OVERALL,
                LocalDate.of(2024, 10, 31))));
        assertThat(d.coveredMoney()).isEqualTo(Money.of("2000000.50"));
        assertThat(d.departmentName()).isEqualTo("邵阳市大祥区住房和城乡建设局");
        assertThatThrownBy(() -> service.commissionKeyEvaluation(FINANCE, new CommissionKeyEvaluationCommand(id(d), d.revision(), new AgencyId("NOBODY"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("AGENCY_UNKNOWN"));
        KeyEvaluationDetails c = service.commissionKeyEvaluation(FINANCE, new CommissionKeyEvaluationCommand(id(d), d.revision(), new AgencyId("ZHENRUI")));
        assertThatThrownBy(() -> service.setKeyEvaluationFramework(FINANCE, new SetKeyEvaluationFrameworkCommand(id(c), c.revision(),
                new FrameworkReference(DefaultFrameworks.DISTRICT_PROJECT, 1), null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("FRAMEWORK_NOT_FOR_OBJECT"));
    }

    @Test
    void anInactiveAgencyCannotBeCommissioned() {
        AgencyView other = agencies.findAgency(ADMIN, new AgencyId("OTHERAGENCY"));
        AgencyDetails was = other.agency().getDetails();
        agencies.reviseAgency(ADMIN, new ReviseAgencyCommand(new AgencyId("OTHERAGENCY"), other.revision(),
                new AgencyDetails(was.name(), was.creditCode(), was.contact(), false)));
        KeyEvaluationDetails d = planBond();
        assertThatThrownBy(() -> service.commissionKeyEvaluation(FINANCE, new CommissionKeyEvaluationCommand(id(d), d.revision(), new AgencyId("OTHERAGENCY"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("AGENCY_INACTIVE"));
    }

    @Test
    void theSummaryCountsAcceptedEvaluationsTheCallerMaySee() {
        KeyEvaluationDetails d = scored("2.5");
        d = service.submitKeyEvaluation(ZHENRUI, new KeyEvaluationChange(id(d), d.revision()));
        service.acceptKeyEvaluation(FINANCE, new KeyEvaluationChange(id(d), d.revision()));
        scored("0");

        KeyEvaluationSummary summary = queries.summarizeKeyEvaluations(AUDITOR, FiscalYear.of(2024));
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.totalMoney()).isEqualTo(Money.of("36500000.00"));
        assertThat(summary.bySubjectKind().get(SubjectKind.SPECIAL_BOND).count()).isEqualTo(1);
        assertThat(summary.grades()).containsEntry(Grade.EXCELLENT, 1);
        assertThat(summary.averageOf(EvaluationCategory.SPECIAL_FUND).orElseThrow().average().value()).isEqualByComparingTo("97.50");
        assertThat(queries.summarizeKeyEvaluations(EDUCATION_OPERATOR, FiscalYear.of(2024)).count()).isZero();
    }

    @Test
    void agenciesAreManagedByFinanceAdministrationAndRosterChangesAreAudited() {
        AgencyView registered = agencies.registerAgency(ADMIN, new RegisterAgencyCommand(new AgencyId("NEWAGENCY"),
                new AgencyDetails("新评价机构", null, "联系人", true), List.of()));
        AgencyView appointed = agencies.appointEvaluator(ADMIN, new AppointEvaluatorCommand(new AgencyId("NEWAGENCY"), registered.revision(),
                AgencyEvaluator.of("new-evaluator", "新评价员")));
        assertThat(appointed.agency().getEvaluators()).hasSize(1);
        assertThatThrownBy(() -> agencies.registerAgency(FINANCE, new RegisterAgencyCommand(new AgencyId("X2"),
                new AgencyDetails("x", null, null, true), List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(agencies.listAgencies(ZHENRUI)).extracting(v -> v.agency().getId().value()).containsExactly("ZHENRUI");
        assertThat(agencies.listAgencies(FINANCE)).hasSize(3);
        assertThatThrownBy(() -> agencies.listAgencies(CENTRE)).isInstanceOf(AccessDeniedException.class);
        assertThat(stores.audit.events).extracting(AuditEvent::action).containsExactly("create", "appoint-evaluator");
    }

    @Test
    void publishingAFrameworkGivesTheNextVersionAndLeavesTheOldOne() {
        var v1 = DefaultFrameworks.nationalProject();
        var v2 = frameworks.publishFramework(ADMIN, new PublishFrameworkCommand(v1.getCode(), "国家项目评价指标体系（2025）", v1.getObjectKind(),
                v1.getIndicators().withPoints(java.util.Map.of("A11", new BigDecimal("3"), "A12", new BigDecimal("1"))), v1.getResultGroups()));
        assertThat(v2.getVersion()).isEqualTo(2);
        assertThat(frameworks.findFramework(CENTRE, new FrameworkReference(v1.getCode(), 1)).getIndicators()).isEqualTo(v1.getIndicators());
        assertThat(frameworks.listFrameworks(CENTRE)).hasSize(4);
        assertThatThrownBy(() -> frameworks.publishFramework(FINANCE, new PublishFrameworkCommand(FrameworkCode.of("X"+"Y"), "n",
                v1.getObjectKind(), v1.getIndicators(), Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(recorded.published).extracting(PublishedEvent::event).hasSize(1);
    }
}
