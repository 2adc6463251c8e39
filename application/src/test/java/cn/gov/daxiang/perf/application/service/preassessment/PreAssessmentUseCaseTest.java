package cn.gov.daxiang.perf.application.service.preassessment;

import cn.gov.daxiang.perf.application.change.AuditTrailSubscriber;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.EventDispatcher;
import cn.gov.daxiang.perf.application.fake.InMemoryStores;
import cn.gov.daxiang.perf.application.fake.ManualClock;
import cn.gov.daxiang.perf.application.fake.RecordingEventSubscriber;
import cn.gov.daxiang.perf.application.port.in.arrangement.ArrangeBudgetCommand;
import cn.gov.daxiang.perf.application.port.in.arrangement.BudgetArrangementView;
import cn.gov.daxiang.perf.application.port.in.preassessment.ConcludePreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.DraftPreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.EditPreAssessmentCommand;
import cn.gov.daxiang.perf.application.port.in.preassessment.PreAssessmentDetails;
import cn.gov.daxiang.perf.application.port.in.preassessment.ScorePreAssessmentCommand;
import cn.gov.daxiang.perf.application.service.AssessmentCriteriaService;
import cn.gov.daxiang.perf.application.service.BudgetArrangementService;
import cn.gov.daxiang.perf.application.service.DataScopes;
import cn.gov.daxiang.perf.application.service.PreAssessmentQueryService;
import cn.gov.daxiang.perf.application.service.PreAssessmentService;
import cn.gov.daxiang.perf.application.service.VisiblePreAssessments;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.AgencyId;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangementRevised;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangementSet;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaPublished;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriteriaSet;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentCriterion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentPurpose;
import cn.gov.daxiang.perf.domain.preassessment.CriterionScore;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentConcluded;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentCriteria;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentDrafted;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentNotFoundException;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentScored;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentState;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentTakenUp;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectNotFoundException;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ex-ante assessments and budget arrangements on the in-memory fakes: the unit drafts and submits, finance takes it
 * up commissioning an agency whose evaluator scores, finance concludes; the arrangement keeps within the assessed
 * amount; every change is an event and an audit record; outsiders are told "not found".
 */
class PreAssessmentUseCaseTest {

    private static final UnitCode DEPARTMENT = UnitCode.of("108001");
    private static final UnitCode UNIT = UnitCode.of("108002");
    private static final UnitCode OTHER = UnitCode.of("105002");
    private static final ProjectCode PARKING = ProjectCode.of("43050325T000000000201");
    private static final AgencyId ZHENRUI = new AgencyId("ZHENRUI");

    private static final Actor OPERATOR = new Actor("op-108002", Set.of(Role.UNIT_OPERATOR), UNIT, null, "r1");
    private static final Actor OTHER_OPERATOR = new Actor("op-105002", Set.of(Role.UNIT_OPERATOR), OTHER, null, "r2");
    private static final Actor DEPT = new Actor("dept-108001", Set.of(Role.DEPT_REVIEWER), DEPARTMENT, null, "r3");
    private static final Actor FINANCE = new Actor("finance-01", Set.of(Role.FINANCE_REVIEWER), null, null, "r4");
    private static final Actor ADMIN = new Actor("finance-admin", Set.of(Role.FINANCE_ADMIN), null, null, "r5");
    private static final Actor EVALUATOR = new Actor("zhenrui-01", Set.of(Role.EVALUATOR), null, ZHENRUI, "r6");
    private static final Actor OTHER_EVALUATOR = new Actor("other-01", Set.of(Role.EVALUATOR), null, new AgencyId("OTHERAGENCY"), "r7");

    private final InMemoryStores stores = new InMemoryStores();
    private final RecordingEventSubscriber recorded = new RecordingEventSubscriber();
    private final ManualClock clock = new ManualClock(Instant.parse("2024-10-08T02:00:00Z"));
    private final ChangePipeline pipeline = new ChangePipeline(new EventDispatcher(List.of(new AuditTrailSubscriber(stores.audit), recorded), clock));
    private final DataScopes scopes = new DataScopes(stores.units);
    private final VisiblePreAssessments visible = new VisiblePreAssessments(stores.preAssessments, scopes);
    private final PreAssessmentService service = new PreAssessmentService(stores.preAssessments, stores.assessmentCriteria, stores.projects, stores.agencies,
            visible, scopes, pipeline, clock);
    private final PreAssessmentQueryService queries = new PreAssessmentQueryService(stores.preAssessments, stores.assessmentCriteria, visible, scopes);
    private final AssessmentCriteriaService criteria = new AssessmentCriteriaService(stores.assessmentCriteria, pipeline, clock);
    private final BudgetArrangementService arrangements = new BudgetArrangementService(stores.arrangements, stores.preAssessments,
            stores.projects, scopes, pipeline, clock);

    PreAssessmentUseCaseTest() {
        stores.units.save(BudgetUnit.of(DEPARTMENT, "大祥区住房和城乡建设局", null, true));
        stores.units.save(BudgetUnit.of(UNIT, "大祥区城市建设服务中心", DEPARTMENT, true));
        stores.units.save(BudgetUnit.of(OTHER, "大祥区第一幼儿园", null, true));
        stores.projects.save(Project.of(PARKING, "大祥区城市智慧停车场", UNIT, FiscalYear.of(2025), ProjectCategory.SPECIFIC_PURPOSE, List.of(),
                ProjectFunds.of(Money.of("1000000.00"), Money.ZERO, Money.ZERO)));
    }

    private PreAssessmentDetails draft() {
        return service.draftPreAssessment(OPERATOR, new DraftPreAssessmentCommand(PARKING, AssessmentPurpose.NEW_PROJECT,
                Money.of("1000000.00"), "新建智慧停车泊位800个"));
    }

    private static List<CriterionScore> scores() {
        return AssessmentCriteriaSet.standardCriteria().stream().map(c -> CriterionScore.of(c.code(), "16.5", "基本合理")).toList();
    }

    /** Drafted, submitted, taken up with ZHENRUI commissioned, scored by its evaluator. */
    private PreAssessmentDetails scoredByTheAgency() {
        PreAssessmentDetails d = draft();
        d = service.submitPreAssessment(OPERATOR, d.assessment().getId(), d.revision());
        d = service.takeUpPreAssessment(FINANCE, d.assessment().getId(), d.revision(), ZHENRUI);
        return service.scorePreAssessment(EVALUATOR, new ScorePreAssessmentCommand(d.assessment().getId(), d.revision(), scores()));
    }

    private PreAssessmentDetails conclude(PreAssessmentDetails d, AssessmentConclusion conclusion, String amount) {
        return service.concludePreAssessment(FINANCE, new ConcludePreAssessmentCommand(d.assessment().getId(), d.revision(), conclusion,
                amount == null ? null : Money.of(amount), "经评估形成结论"));
    }

    private BudgetArrangementView arrange(Long revision, String amount) {
        return arrangements.arrangeBudget(FINANCE, new ArrangeBudgetCommand(PARKING, revision, Money.of(amount), null, null));
    }

    @Test
    void theUnitDraftsFinanceCommissionsTheAgencyScoresFinanceConcludesEachStepAnEventAndAnAuditRecord() {
        PreAssessmentDetails scored = scoredByTheAgency();
        PreAssessmentDetails concluded = conclude(scored, AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, "800000.00");

        assertThat(concluded.assessment().getState()).isEqualTo(PreAssessmentState.CONCLUDED);
        assertThat(concluded.assessment().total().toString()).isEqualTo("82.50");
        PreAssessmentId id = concluded.assessment().getId();
        assertThat(recorded.events()).extracting(e -> e.getClass().getSimpleName()).containsExactly("PreAssessmentDrafted",
                "PreAssessmentSubmitted", "PreAssessmentTakenUp", "PreAssessmentScored", "PreAssessmentConcluded");
        assertThat(recorded.events()).contains(new PreAssessmentDrafted(id, PARKING, AssessmentPurpose.NEW_PROJECT),
                new PreAssessmentTakenUp(id, ZHENRUI), new PreAssessmentConcluded(id, PARKING,
                        AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, Money.of("800000.00")));
        assertThat(recorded.published).filteredOn(p -> p.event() instanceof PreAssessmentScored)
                .allSatisfy(p -> assertThat(p.actor().userId()).isEqualTo("zhenrui-01"));
        List<AuditEvent> audit = List.copyOf(stores.audit.events);
        assertThat(audit).hasSize(5);
        assertThat(audit.get(4).changes()).contains(new FieldChange("assessedAmount", null, "800000.00"),
                new FieldChange("state", "UNDER_REVIEW", "CONCLUDED"));
    }

    @Test
    void anotherUnitAndAnotherAgencyAreToldNotFoundOnEveryOperationAndSeeNothingInLists() {
        PreAssessmentDetails d = scoredByTheAgency();
        PreAssessmentId id = d.assessment().getId();
        long r = d.revision();
        for (Actor outsider : List.of(OTHER_OPERATOR, OTHER_EVALUATOR)) {
            assertThatThrownBy(() -> queries.findPreAssessment(outsider, id)).isInstanceOf(PreAssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.submitPreAssessment(outsider, id, r)).isInstanceOf(PreAssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.scorePreAssessment(outsider, new ScorePreAssessmentCommand(id, r, scores())))
                    .isInstanceOf(PreAssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.returnPreAssessment(outsider, id, r, "退回")).isInstanceOf(PreAssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.concludePreAssessment(outsider, new ConcludePreAssessmentCommand(id, r,
                    AssessmentConclusion.SUPPORT, null, "同意"))).isInstanceOf(PreAssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.takeUpPreAssessment(outsider, id, r, null)).isInstanceOf(PreAssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.editPreAssessment(outsider, new EditPreAssessmentCommand(id, r, AssessmentPurpose.NEW_PROJECT,
                    Money.of("1.00"), null))).isInstanceOf(PreAssessmentNotFoundException.class);
            assertThat(queries.listPreAssessments(outsider, PreAssessmentCriteria.any(), Paging.first()).total()).isZero();
        }
        assertThatThrownBy(() -> service.draftPreAssessment(OTHER_OPERATOR, new DraftPreAssessmentCommand(PARKING,
                AssessmentPurpose.NEW_PROJECT, Money.of("1.00"), null)))
                .isInstanceOf(cn.gov.daxiang.perf.domain.preassessment.PreAssessmentProjectNotFoundException.class);
        assertThatThrownBy(() -> arrangements.findBudgetArrangement(OTHER_OPERATOR, PARKING)).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> arrangements.findBudgetArrangement(EVALUATOR, PARKING)).isInstanceOf(ProjectNotFoundException.class);
    }

    @Test
    void theCommissionedEvaluatorAndTheDepartmentSeeItButMayNotDoFinancesOrTheUnitsSteps() {
        PreAssessmentDetails d = scoredByTheAgency();
        PreAssessmentId id = d.assessment().getId();
        assertThat(queries.findPreAssessment(EVALUATOR, id).assessment().getAgency()).contains(ZHENRUI);
        assertThat(queries.listPreAssessments(EVALUATOR, PreAssessmentCriteria.any(), Paging.first()).total()).isOne();
        assertThat(queries.listPreAssessments(DEPT, PreAssessmentCriteria.any(), Paging.first()).total()).isOne();
        assertThatThrownBy(() -> service.concludePreAssessment(EVALUATOR, new ConcludePreAssessmentCommand(id, d.revision(),
                AssessmentConclusion.SUPPORT, null, "同意"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.returnPreAssessment(DEPT, id, d.revision(), "退回")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.scorePreAssessment(OPERATOR, new ScorePreAssessmentCommand(id, d.revision(), scores())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.draftPreAssessment(DEPT, new DraftPreAssessmentCommand(PARKING, AssessmentPurpose.NEW_PROJECT,
                Money.of("1.00"), null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProjectHasOneOpenAssessmentAtATimeAndALaterOneSupersedesTheConcludedOne() {
        PreAssessmentDetails first = draft();
        assertThatThrownBy(this::draft).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("PRE_ASSESSMENT_ALREADY_OPEN");
        PreAssessmentDetails d = service.submitPreAssessment(OPERATOR, first.assessment().getId(), first.revision());
        d = service.takeUpPreAssessment(FINANCE, d.assessment().getId(), d.revision(), null);
        d = service.scorePreAssessment(FINANCE, new ScorePreAssessmentCommand(d.assessment().getId(), d.revision(), scores()));
        conclude(d, AssessmentConclusion.NOT_SUPPORTED, null);

        assertThatThrownBy(() -> arrange(null, "1.00")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("ARRANGEMENT_ASSESSMENT_NOT_SUPPORTED");
        clock.advance(java.time.Duration.ofDays(30));
        PreAssessmentDetails second = scoredByTheAgency();
        assertThatThrownBy(() -> arrange(null, "1.00")).as("the new one is still open; the refusal stands")
                .hasMessageContaining("ARRANGEMENT_ASSESSMENT_NOT_SUPPORTED");
        conclude(second, AssessmentConclusion.SUPPORT, null);
        assertThat(arrange(null, "1000000.00").arrangement().getAmount()).isEqualTo(Money.of("1000000.00"));
    }

    @Test
    void theArrangementKeepsWithinTheAssessedAmountToTheCentAndKeepsItsRevisions() {
        assertThatThrownBy(() -> arrange(null, "1.00")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("ARRANGEMENT_ASSESSMENT_MISSING");
        assertThatThrownBy(() -> arrangements.arrangeBudget(OPERATOR, new ArrangeBudgetCommand(PARKING, null, Money.of("1.00"), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        conclude(scoredByTheAgency(), AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, "800000.00");
        recorded.published.clear();

        RuleViolationException refused = (RuleViolationException) org.assertj.core.api.Assertions.catchThrowable(() -> arrange(null, "800000.01"));
        assertThat(refused.code()).isEqualTo("ARRANGEMENT_EXCEEDS_ASSESSED_AMOUNT");
        assertThat(refused.arguments()).containsEntry("assessedAmount", "800000.00").containsEntry("arrangedAmount", "800000.01");
        assertThat(stores.arrangements.findByProject(PARKING)).as("a refusal stores nothing").isEmpty();

        BudgetArrangementView set = arrange(null, "700000.00");
        assertThat(set.classification()).isEqualTo(BudgetClassification.NEW);
        assertThatThrownBy(() -> arrange(null, "750000.00")).as("set already: the first revision must be named")
                .isInstanceOf(StaleRevisionException.class);
        BudgetArrangementView revised = arrange(set.revision(), "800000.00");
        assertThat(revised.arrangement().getRevisions()).hasSize(2);
        assertThatThrownBy(() -> arrange(set.revision(), "600000.00")).isInstanceOf(StaleRevisionException.class);
        assertThat(recorded.events()).containsExactly(new BudgetArrangementSet(PARKING, BudgetClassification.NEW, Money.of("700000.00")),
                new BudgetArrangementRevised(PARKING, 2, BudgetClassification.NEW, Money.of("800000.00")));
        assertThat(arrangements.findBudgetArrangement(OPERATOR, PARKING).arrangement().getAmount()).isEqualTo(Money.of("800000.00"));
    }

    @Test
    void theUnitEditsOnlyItsDraftOrReturnedAssessmentAndAStaleEditChangesNothing() {
        PreAssessmentDetails d = draft();
        PreAssessmentId id = d.assessment().getId();
        PreAssessmentDetails edited = service.editPreAssessment(OPERATOR, new EditPreAssessmentCommand(id, d.revision(),
                AssessmentPurpose.CONTINUATION, Money.of("900000.00"), "到期延续"));
        assertThatThrownBy(() -> service.editPreAssessment(OPERATOR, new EditPreAssessmentCommand(id, d.revision(),
                AssessmentPurpose.NEW_PROJECT, Money.of("1.00"), null))).isInstanceOf(StaleRevisionException.class);
        assertThat(queries.findPreAssessment(OPERATOR, id).assessment().getRequestedAmount()).isEqualTo(Money.of("900000.00"));
        PreAssessmentDetails submitted = service.submitPreAssessment(OPERATOR, id, edited.revision());
        PreAssessmentDetails returned = service.returnPreAssessment(FINANCE, id, submitted.revision(), "请补充测算依据");
        assertThat(returned.assessment().getState()).isEqualTo(PreAssessmentState.RETURNED);
        PreAssessmentDetails again = service.editPreAssessment(OPERATOR, new EditPreAssessmentCommand(id, returned.revision(),
                AssessmentPurpose.CONTINUATION, Money.of("850000.00"), "补充了测算依据"));
        assertThat(service.submitPreAssessment(OPERATOR, id, again.revision()).assessment().getState()).isEqualTo(PreAssessmentState.SUBMITTED);
    }

    @Test
    void financeAdministrationPublishesCriteriaThatLaterDraftsCopy() {
        assertThat(queries.currentAssessmentCriteria(OPERATOR).getVersion()).isEqualTo(1);
        List<AssessmentCriterion> weighted = List.of(AssessmentCriterion.of("NECESSITY", "立项必要性", 30),
                AssessmentCriterion.of("ECONOMY", "投入经济性", 20), AssessmentCriterion.of("GOALS", "绩效目标合理性", 20),
                AssessmentCriterion.of("FEASIBILITY", "实施方案可行性", 15), AssessmentCriterion.of("FUNDING", "筹资合规性", 15));
        assertThatThrownBy(() -> criteria.publishAssessmentCriteria(FINANCE, 1, weighted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> criteria.publishAssessmentCriteria(ADMIN, 7, weighted)).isInstanceOf(StaleRevisionException.class);
        assertThat(criteria.publishAssessmentCriteria(ADMIN, 1, weighted).getVersion()).isEqualTo(2);
        assertThat(recorded.events()).containsExactly(new AssessmentCriteriaPublished(2));
        assertThat(draft().assessment().getCriteriaVersion()).isEqualTo(2);
        assertThat(stores.preAssessments.findByProject(PARKING).get(0).getCriteria()).isEqualTo(weighted);
    }
}
