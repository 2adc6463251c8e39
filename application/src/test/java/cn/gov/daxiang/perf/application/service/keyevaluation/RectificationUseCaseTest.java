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
import cn.gov.daxiang.perf.application.change.RectificationIssuingSubscriber;
import cn.gov.daxiang.perf.application.port.in.rectification.RaiseRectificationCommand;
import cn.gov.daxiang.perf.application.port.in.rectification.RectificationDetails;
import cn.gov.daxiang.perf.application.service.GoalQueryService;
import cn.gov.daxiang.perf.application.service.RectificationNames;
import cn.gov.daxiang.perf.application.service.RectificationQueryService;
import cn.gov.daxiang.perf.application.service.RectificationService;
import cn.gov.daxiang.perf.application.service.VisibleRectifications;
import cn.gov.daxiang.perf.application.service.VisibleSelfEvaluations;
import cn.gov.daxiang.perf.domain.evidence.EvidenceContentType;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileName;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;
import cn.gov.daxiang.perf.domain.evidence.Sha256;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationIssued;
import cn.gov.daxiang.perf.domain.rectification.RectificationNotFoundException;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.rectification.RectificationSummary;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rectification on the in-memory fakes: accepting a key evaluation issues one item per finding that proposes a
 * rectification, in the acceptance's change and never twice; the unit starts and reports with evidence; finance returns
 * and verifies; overdue follows the clock; finance raises items on an evaluation; outsiders are told "not found".
 */
class RectificationUseCaseTest {

    static final UnitCode HOUSING = KeyEvaluationUseCaseTest.HOUSING;
    static final UnitCode CENTRE_UNIT = KeyEvaluationUseCaseTest.HOUSING_CENTRE;
    static final ProjectCode RENOVATION = KeyEvaluationUseCaseTest.RENOVATION;
    static final Actor FINANCE = KeyEvaluationUseCaseTest.FINANCE;
    static final Actor ZHENRUI = KeyEvaluationUseCaseTest.ZHENRUI;
    static final Actor CENTRE = KeyEvaluationUseCaseTest.CENTRE;
    static final Actor HOUSING_REVIEWER = KeyEvaluationUseCaseTest.HOUSING_REVIEWER;
    static final Actor EDUCATION_OPERATOR = KeyEvaluationUseCaseTest.EDUCATION_OPERATOR;

    final ManualClock clock = new ManualClock(Instant.parse("2024-06-03T02:00:00Z"));
    final InMemoryStores stores = new InMemoryStores();
    final RecordingEventSubscriber recorded = new RecordingEventSubscriber();
    RectificationService rectifications;
    final ChangePipeline pipeline = new ChangePipeline(new EventDispatcher(List.of(new AuditTrailSubscriber(stores.audit), recorded,
            new RectificationIssuingSubscriber(() -> rectifications)), clock));
    final KeyEvaluationObjects objects = new KeyEvaluationObjects(stores.projects, stores.units);
    final DataScopes scopes = new DataScopes(stores.units);
    final VisibleKeyEvaluations visibleKeyEvaluations = new VisibleKeyEvaluations(stores.keyEvaluations, objects, scopes);
    final KeyEvaluationReadModels readModels = new KeyEvaluationReadModels(objects, stores.agencies, stores.units);
    final KeyEvaluationService keyEvaluations = new KeyEvaluationService(stores.keyEvaluations, visibleKeyEvaluations, objects, readModels,
            stores.agencies, stores.frameworks, stores.units, stores.grading, () -> 60, pipeline, clock);
    final VisibleRectifications visible = new VisibleRectifications(stores.rectifications, scopes);
    final RectificationQueryService queries = new RectificationQueryService(stores.rectifications, visible, scopes,
            new RectificationNames(stores.units, stores.projects), clock);

    RectificationUseCaseTest() {
        rectifications = new RectificationService(stores.rectifications, visibleKeyEvaluations,
                new VisibleSelfEvaluations(stores.evaluations, scopes), stores.projects, stores.units, stores.evidenceFiles, visible,
                () -> 60, pipeline, new RectificationNames(stores.units, stores.projects), clock);
        stores.units.save(BudgetUnit.of(HOUSING, "邵阳市大祥区住房和城乡建设局", null, true));
        stores.units.save(BudgetUnit.of(CENTRE_UNIT, "邵阳市大祥区城市建设服务中心", HOUSING, true));
        stores.units.save(BudgetUnit.of(KeyEvaluationUseCaseTest.EDUCATION, "邵阳市大祥区教育局", null, true));
        stores.projects.save(KeyEvaluationUseCaseTest.project(RENOVATION, CENTRE_UNIT, 2024, "36500000.00", ProjectKind.SPECIAL_BOND));
    }

    /** An evaluation of the renovation project with two findings proposing rectifications and one without, submitted. */
    KeyEvaluationDetails submitted() {
        KeyEvaluationDetails d = keyEvaluations.planKeyEvaluation(FINANCE, new PlanKeyEvaluationCommand(new KeyEvaluationPlan("2024年度城镇老旧小区改造项目重点评价",
                FiscalYear.of(2024), new EvaluationObject.OfProject(RENOVATION), SubjectKind.SPECIAL_BOND, LocalDate.of(2024, 10, 31))));
        KeyEvaluationId id = d.evaluation().getId();
        d = keyEvaluations.commissionKeyEvaluation(FINANCE, new CommissionKeyEvaluationCommand(id, d.revision(), new AgencyId("ZHENRUI")));
        d = keyEvaluations.setKeyEvaluationFramework(ZHENRUI, new SetKeyEvaluationFrameworkCommand(id, d.revision(),
                new FrameworkReference(DefaultFrameworks.DISTRICT_PROJECT, 1), null, null));
        d = keyEvaluations.startKeyEvaluationFieldwork(ZHENRUI, new KeyEvaluationChange(id, d.revision()));
        List<IndicatorNode> leaves = d.evaluation().getFramework().orElseThrow().indicators().leaves();
        d = keyEvaluations.scoreKeyEvaluation(ZHENRUI, new ScoreKeyEvaluationCommand(id, d.revision(),
                leaves.stream().map(l -> new ScoreEntry(l.code(), l.points(), null)).toList()));
        d = keyEvaluations.recordKeyEvaluationFindings(ZHENRUI, new RecordKeyEvaluationFindingsCommand(id, d.revision(), List.of(
                new Finding("资金拨付滞后", null, new ProposedRectification(CENTRE_UNIT, null)),
                new Finding("满意度调查样本不足", null, null),
                new Finding("档案不全", null, new ProposedRectification(CENTRE_UNIT, LocalDate.of(2025, 3, 1)))), List.of()));
        return keyEvaluations.submitKeyEvaluation(ZHENRUI, new KeyEvaluationChange(id, d.revision()));
    }

    KeyEvaluationId accepted() {
        KeyEvaluationDetails d = submitted();
        clock.set(Instant.parse("2024-11-01T01:00:00Z"));
        return keyEvaluations.acceptKeyEvaluation(FINANCE, new KeyEvaluationChange(d.evaluation().getId(), d.revision())).evaluation().getId();
    }

    List<Rectification> of(KeyEvaluationId id) {
        return stores.rectifications.findByEvaluation(EvaluationKind.KEY_EVALUATION, id.value());
    }

    void attach(Rectification item) {
        stores.evidenceFiles.add(EvidenceFile.restore(EvidenceFileId.newId(), new EvidenceOwner(EvidenceOwnerType.RECTIFICATION, item.getId().toString()),
                EvidencePurpose.SUPPORTING, EvidenceFileName.sanitise("拨付凭证.pdf"), EvidenceContentType.PDF, 10,
                new Sha256("a".repeat(64)), 1, ActorId.of("op"), clock.instant()));
    }

    @Test
    void acceptanceIssuesOneItemPerProposedRectificationInItsOwnChangeAndIssuingAgainAddsNothing() {
        KeyEvaluationId id = accepted();
        List<Rectification> items = of(id);
        assertThat(items).extracting(Rectification::getText).containsExactly("资金拨付滞后", "档案不全");
        assertThat(items).extracting(Rectification::getDeadline).containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 1));
        assertThat(items).allSatisfy(r -> {
            assertThat(r.getProjectCode()).contains(RENOVATION);
            assertThat(r.getResponsibleUnit()).isEqualTo(CENTRE_UNIT);
            assertThat(r.getIssuedBy().value()).isEqualTo(FINANCE.userId());
        });
        assertThat(recorded.events().stream().filter(e -> e instanceof RectificationIssued)).hasSize(2);
        assertThat(stores.audit.events).filteredOn(e -> e.objectType().equals(Rectification.AUDIT_TYPE)).hasSize(2);

        assertThat(rectifications.issueRectifications(FINANCE, id)).isEmpty();
        assertThat(of(id)).hasSize(2);
    }

    @Test
    void issuingByHandNeedsAnAcceptedEvaluationAndFinance() {
        KeyEvaluationDetails d = submitted();
        assertThatThrownBy(() -> rectifications.issueRectifications(FINANCE, d.evaluation().getId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("RECTIFICATION_EVALUATION_NOT_ACCEPTED"));
        assertThatThrownBy(() -> rectifications.issueRectifications(CENTRE, d.evaluation().getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theUnitStartsAndReportsWithEvidenceFinanceReturnsTheUnitReportsAgainAndFinanceVerifies() {
        Rectification item = of(accepted()).get(0);
        RectificationDetails d = rectifications.startRectification(CENTRE, item.getId(), 0);
        assertThat(d.rectification().getState()).isEqualTo(RectificationState.IN_PROGRESS);
        long revision = d.revision();
        assertThatThrownBy(() -> rectifications.reportRectification(CENTRE, item.getId(), revision, "已拨付"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("RECTIFICATION_EVIDENCE_REQUIRED"));
        attach(item);
        d = rectifications.reportRectification(CENTRE, item.getId(), revision, "已拨付");
        assertThat(d.rectification().getState()).isEqualTo(RectificationState.REPORTED);
        assertThatThrownBy(() -> rectifications.verifyRectification(CENTRE, item.getId(), 2)).isInstanceOf(AccessDeniedException.class);
        d = rectifications.returnRectification(FINANCE, item.getId(), d.revision(), "凭证不清晰");
        assertThat(d.rectification().getState()).isEqualTo(RectificationState.RETURNED);
        d = rectifications.reportRectification(CENTRE, item.getId(), d.revision(), "补充清晰凭证");
        d = rectifications.verifyRectification(FINANCE, item.getId(), d.revision());
        assertThat(d.rectification().getState()).isEqualTo(RectificationState.VERIFIED);
        assertThat(d.rectification().getReports()).hasSize(2);
        assertThatThrownBy(() -> rectifications.returnRectification(FINANCE, item.getId(), 5, "x")).isInstanceOf(IllegalTransitionException.class);
        long stale = 1;
        assertThatThrownBy(() -> rectifications.returnRectification(FINANCE, item.getId(), stale, "x")).isInstanceOf(StaleRevisionException.class);
        assertThat(stores.audit.events).filteredOn(e -> e.objectId().equals(item.getId().toString())).extracting(AuditEvent::action)
                .containsExactly("create", "start", "report", "return", "report", "verify");
    }

    @Test
    void listedAndReadItemsCarryTheResponsibleUnitsAndTheProjectsNames() {
        Rectification item = of(accepted()).get(0);
        LocalDate today = queries.districtToday();
        List<RectificationDetails> rows = queries.listRectifications(FINANCE, new RectificationCriteria(null, null, null, null, null, null, today),
                new Paging(1, 20)).items();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.unitName()).isIn("邵阳市大祥区城市建设服务中心", "邵阳市大祥区住房和城乡建设局");
            if (row.rectification().getProjectCode().isPresent()) {
                assertThat(row.projectName()).isNotBlank();
            } else {
                assertThat(row.projectName()).as("a unit's overall spending has no project").isNull();
            }
        });
        assertThat(queries.findRectification(FINANCE, item.getId()).unitName()).isNotBlank();
    }

    @Test
    void overdueFollowsTheClockInTheDistrictsDay() {
        Rectification item = of(accepted()).get(0);
        clock.set(Instant.parse("2024-12-31T15:59:59Z"));
        assertThat(queries.findRectification(CENTRE, item.getId()).overdue().overdue()).as("23:59:59 in Shaoyang on the deadline").isFalse();
        clock.set(Instant.parse("2024-12-31T16:00:00Z"));
        RectificationDetails d = queries.findRectification(CENTRE, item.getId());
        assertThat(d.overdue().overdue()).isTrue();
        assertThat(d.overdue().daysOverdue()).isEqualTo(1);
        LocalDate today = queries.districtToday();
        assertThat(queries.listRectifications(FINANCE, new RectificationCriteria(null, null, null, null, true, null, today), new Paging(1, 20))
                .items()).extracting(x -> x.rectification().getId()).containsExactly(item.getId());
        RectificationSummary summary = queries.summarizeRectifications(FINANCE, FiscalYear.of(2024));
        assertThat(summary.total().items()).isEqualTo(2);
        assertThat(summary.total().overdue()).isEqualTo(1);
        assertThat(queries.summarizeRectifications(FINANCE, FiscalYear.of(2023)).total().items()).isZero();
    }

    @Test
    void unitsSeeTheirOwnDepartmentsTheirUnitsOthersNothing() {
        Rectification item = of(accepted()).get(0);
        assertThat(queries.findRectification(HOUSING_REVIEWER, item.getId()).rectification().getId()).isEqualTo(item.getId());
        assertThatThrownBy(() -> queries.findRectification(EDUCATION_OPERATOR, item.getId())).isInstanceOf(RectificationNotFoundException.class);
        assertThatThrownBy(() -> rectifications.startRectification(EDUCATION_OPERATOR, item.getId(), 0))
                .isInstanceOf(RectificationNotFoundException.class);
        assertThatThrownBy(() -> queries.findRectification(ZHENRUI, item.getId())).isInstanceOf(RectificationNotFoundException.class);
        assertThatThrownBy(() -> rectifications.startRectification(HOUSING_REVIEWER, item.getId(), 0)).isInstanceOf(AccessDeniedException.class);
        LocalDate today = queries.districtToday();
        assertThat(queries.listRectifications(EDUCATION_OPERATOR, RectificationCriteria.any(today), new Paging(1, 20)).total()).isZero();
        assertThat(queries.listRectifications(CENTRE, RectificationCriteria.any(today), new Paging(1, 20)).total()).isEqualTo(2);
    }

    @Test
    void financeRaisesAnItemOnAnEvaluationWithTheDefaultDeadline() {
        KeyEvaluationId id = accepted();
        RectificationDetails d = rectifications.raiseRectification(FINANCE, new RaiseRectificationCommand(EvaluationKind.KEY_EVALUATION,
                id.value(), null, HOUSING, "部门整体绩效目标不完整", null));
        assertThat(d.rectification().getDeadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.rectification().getProjectCode()).isEmpty();
        assertThat(d.rectification().getSource().fromFinding()).isFalse();
        assertThat(of(id)).hasSize(3);
        assertThatThrownBy(() -> rectifications.raiseRectification(CENTRE, new RaiseRectificationCommand(EvaluationKind.KEY_EVALUATION,
                id.value(), null, HOUSING, "x", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rectifications.raiseRectification(FINANCE, new RaiseRectificationCommand(EvaluationKind.SELF_EVALUATION,
                UUID.randomUUID(), null, HOUSING, "x", null))).isInstanceOf(cn.gov.daxiang.perf.domain.shared.NotFoundException.class);
        assertThatThrownBy(() -> rectifications.raiseRectification(FINANCE, new RaiseRectificationCommand(EvaluationKind.KEY_EVALUATION,
                id.value(), null, UnitCode.of("999999"), "x", null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("RECTIFICATION_UNIT_UNKNOWN"));
        assertThatThrownBy(() -> rectifications.raiseRectification(FINANCE, new RaiseRectificationCommand(EvaluationKind.KEY_EVALUATION,
                id.value(), null, HOUSING, "x", LocalDate.of(2024, 10, 31))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("RECTIFICATION_DEADLINE_IN_THE_PAST"));
    }

    @Test
    void anAcceptanceWhoseFindingNamesAnUnknownUnitIsRefusedNamingIt() {
        KeyEvaluationDetails d = submitted();
        KeyEvaluationId id = d.evaluation().getId();
        d = keyEvaluations.returnKeyEvaluation(FINANCE, new ReturnKeyEvaluationCommand(id, d.revision(), List.of("整改单位有误")));
        d = keyEvaluations.recordKeyEvaluationFindings(ZHENRUI, new RecordKeyEvaluationFindingsCommand(id, d.revision(), List.of(
                new Finding("资金拨付滞后", null, new ProposedRectification(UnitCode.of("999999"), null))), List.of()));
        KeyEvaluationDetails resubmitted = keyEvaluations.submitKeyEvaluation(ZHENRUI, new KeyEvaluationChange(id, d.revision()));
        assertThatThrownBy(() -> keyEvaluations.acceptKeyEvaluation(FINANCE, new KeyEvaluationChange(id, resubmitted.revision())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("RECTIFICATION_UNIT_UNKNOWN");
                    assertThat(e.arguments()).containsEntry("unitCode", "999999");
                });
        assertThat(of(id)).isEmpty();
    }
}
