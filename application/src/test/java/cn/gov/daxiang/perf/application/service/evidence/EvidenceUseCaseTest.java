package cn.gov.daxiang.perf.application.service.evidence;

import cn.gov.daxiang.perf.application.change.AuditTrailSubscriber;
import cn.gov.daxiang.perf.application.change.ChangePipeline;
import cn.gov.daxiang.perf.application.change.EventDispatcher;
import cn.gov.daxiang.perf.application.fake.InMemoryEvidenceStore;
import cn.gov.daxiang.perf.application.fake.InMemoryStores;
import cn.gov.daxiang.perf.application.fake.ManualClock;
import cn.gov.daxiang.perf.application.fake.RecordingEventSubscriber;
import cn.gov.daxiang.perf.application.port.in.evidence.AttachEvidenceFileCommand;
import cn.gov.daxiang.perf.application.service.DataScopes;
import cn.gov.daxiang.perf.application.service.Departments;
import cn.gov.daxiang.perf.application.service.VisibleGoals;
import cn.gov.daxiang.perf.application.service.VisibleMonitoringReports;
import cn.gov.daxiang.perf.application.service.VisibleSelfEvaluations;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditEvent;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.evidence.EvidenceContentRefusedException;
import cn.gov.daxiang.perf.domain.evidence.EvidenceContentType;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileAttached;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileNotFoundException;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileTooLargeException;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerTypeNotSupportedException;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;
import cn.gov.daxiang.perf.domain.goal.GoalContent;
import cn.gov.daxiang.perf.domain.goal.GoalId;
import cn.gov.daxiang.perf.domain.goal.GoalKind;
import cn.gov.daxiang.perf.domain.goal.GoalNotFoundException;
import cn.gov.daxiang.perf.domain.goal.PerformanceGoal;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evidence files on the in-memory fakes, wired as the container wires them: who may attach and see, what is stored,
 * versions, and what is refused before anything is kept.
 */
class EvidenceUseCaseTest {

    private static final UnitCode DEPARTMENT = UnitCode.of("105001");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105002");
    private static final UnitCode OTHER_DEPARTMENT = UnitCode.of("106001");
    private static final UnitCode STRANGER = UnitCode.of("106002");
    private static final Actor OPERATOR = new Actor("op-105002", Set.of(Role.UNIT_OPERATOR), KINDERGARTEN, null, "req-op");
    private static final Actor DEPT = new Actor("dept-105001", Set.of(Role.DEPT_REVIEWER), DEPARTMENT, null, "req-dept");
    private static final Actor FINANCE = new Actor("finance", Set.of(Role.FINANCE_REVIEWER), null, null, "req-fin");
    private static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR), null, null, "req-aud");
    private static final Actor FOREIGN = new Actor("op-106002", Set.of(Role.UNIT_OPERATOR), STRANGER, null, "req-foreign");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private final InMemoryStores stores = new InMemoryStores();
    private final RecordingEventSubscriber recorded = new RecordingEventSubscriber();
    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-01T02:00:00Z"));
    private final EvidenceFileService service;
    private final GoalId goal;

    EvidenceUseCaseTest() {
        ChangePipeline pipeline = new ChangePipeline(new EventDispatcher(List.of(new AuditTrailSubscriber(stores.audit), recorded), clock));
        DataScopes scopes = new DataScopes(stores.units);
        Departments departments = new Departments(stores.units);
        VisibleGoals goals = new VisibleGoals(stores.goals, stores.units, stores.projects, scopes);
        EvidenceOwners owners = new EvidenceOwners(List.of(new GoalEvidenceOwner(goals),
                new MonitoringReportEvidenceOwner(new VisibleMonitoringReports(stores.reports, stores.rounds, scopes), departments),
                new SelfEvaluationEvidenceOwner(new VisibleSelfEvaluations(stores.evaluations, scopes), departments)));
        service = new EvidenceFileService(owners, stores.evidenceFiles, stores.evidenceContent, pipeline, clock);
        stores.units.save(BudgetUnit.of(DEPARTMENT, "大祥区教育局", null, true));
        stores.units.save(BudgetUnit.of(KINDERGARTEN, "大祥区第一幼儿园", DEPARTMENT, true));
        stores.units.save(BudgetUnit.of(OTHER_DEPARTMENT, "大祥区卫健局", null, true));
        stores.units.save(BudgetUnit.of(STRANGER, "大祥区中心医院", OTHER_DEPARTMENT, true));
        PerformanceGoal draft = PerformanceGoal.create(GoalId.newId(), GoalKind.DEPARTMENT_OVERALL, FiscalYear.of(2025), KINDERGARTEN, null, null,
                new GoalContent("2025年在园幼儿300人。", null, "承担学前教育保教工作。", List.of(Indicator.quantitative(new IndicatorId(new UUID(0, 1)),
                        "OUTPUT", "QUANTITY", "在园幼儿数", Comparator.AT_LEAST, new BigDecimal("300"), "人"))),
                IndicatorTaxonomy.standard(), "op", clock.instant());
        stores.goals.add(draft);
        goal = draft.getId();
    }

    private EvidenceOwner goalOwner() {
        return EvidenceOwner.of(EvidenceOwnerType.GOAL, goal.toString());
    }

    private EvidenceFile attach(Actor actor, String name, byte[] content) {
        return service.attachEvidenceFile(actor, new AttachEvidenceFileCommand(goalOwner(), EvidencePurpose.SUPPORTING, name,
                new ByteArrayInputStream(content)));
    }

    @Test
    void anAttachedFileIsStoredUnderItsSha256AndRecordedWithItsEventAndAudit() throws Exception {
        EvidenceFile file = attach(OPERATOR, "C:\\桌面\\验收单.pdf", PDF);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(file.getSha256().hex()).isEqualTo(expected);
        assertThat(file.getFileName().value()).isEqualTo("验收单.pdf");
        assertThat(file.getContentType()).isEqualTo(EvidenceContentType.PDF);
        assertThat(file.getVersion()).isEqualTo(1);
        assertThat(file.getUploadedAt()).isEqualTo(clock.instant());
        assertThat(InMemoryEvidenceStore.readAll(service.openEvidenceContent(FINANCE, file.getId()).content())).isEqualTo(PDF);
        assertThat(recorded.events()).containsExactly(new EvidenceFileAttached(file.getId(), goalOwner(), EvidencePurpose.SUPPORTING,
                file.getFileName(), 1, file.getSha256()));
        AuditEvent audit = stores.audit.events.get(stores.audit.events.size() - 1);
        assertThat(audit.objectType()).isEqualTo(EvidenceFile.AUDIT_TYPE);
        assertThat(stores.evidenceContent.open).isZero();
    }

    @Test
    void theSameNameAgainIsTheNextVersionAndTheEarlierOneIsKept() {
        EvidenceFile first = attach(OPERATOR, "验收单.pdf", PDF);
        byte[] second = "%PDF-1.7 revised".getBytes(StandardCharsets.ISO_8859_1);
        EvidenceFile next = attach(DEPT, "验收单.pdf", second);

        assertThat(next.getVersion()).isEqualTo(2);
        assertThat(service.listEvidenceFiles(OPERATOR, goalOwner(), false)).extracting(EvidenceFile::getId).containsExactly(next.getId());
        assertThat(service.listEvidenceFiles(OPERATOR, goalOwner(), true)).extracting(EvidenceFile::getId).containsExactly(first.getId(), next.getId());
        assertThat(InMemoryEvidenceStore.readAll(service.openEvidenceContent(OPERATOR, first.getId()).content())).isEqualTo(PDF);
    }

    @Test
    void aForeignUnitFindsNeitherTheOwnerNorItsFiles() {
        EvidenceFile file = attach(FINANCE, "批复.pdf", PDF);
        assertThatThrownBy(() -> attach(FOREIGN, "x.pdf", PDF)).isInstanceOf(GoalNotFoundException.class);
        assertThatThrownBy(() -> service.listEvidenceFiles(FOREIGN, goalOwner(), false)).isInstanceOf(GoalNotFoundException.class);
        assertThatThrownBy(() -> service.findEvidenceFile(FOREIGN, file.getId())).isInstanceOf(EvidenceFileNotFoundException.class);
        assertThatThrownBy(() -> service.openEvidenceContent(FOREIGN, file.getId())).isInstanceOf(EvidenceFileNotFoundException.class);
    }

    @Test
    void whoSeesButDoesNotAnswerForTheOwnerMayReadButNotAttach() {
        EvidenceFile file = attach(OPERATOR, "a.pdf", PDF);
        assertThatThrownBy(() -> attach(AUDITOR, "b.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.findEvidenceFile(AUDITOR, file.getId()).getId()).isEqualTo(file.getId());
    }

    @Test
    void refusedContentKeepsNothing() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> attach(OPERATOR, "报告.pdf", exe)).isInstanceOfSatisfying(EvidenceContentRefusedException.class,
                e -> assertThat(e.detected()).isEqualTo("Windows executable (MZ)"));
        assertThatThrownBy(() -> attach(OPERATOR, "空.pdf", new byte[0])).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("EVIDENCE_FILE_EMPTY"));
        byte[] tooLarge = new byte[(20 << 20) + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(() -> attach(OPERATOR, "大.pdf", tooLarge)).isInstanceOf(EvidenceFileTooLargeException.class);
        assertThatThrownBy(() -> attach(OPERATOR, "..", PDF)).isInstanceOf(InvalidValueException.class);
        assertThat(stores.evidenceContent.stored).isEmpty();
        assertThat(stores.evidenceFiles.findByOwner(goalOwner())).isEmpty();
        assertThat(recorded.events()).isEmpty();
        assertThat(stores.evidenceContent.open).isZero();
    }

    @Test
    void ownerTypesWithoutAResolverAreNotSupportedYetAndAMalformedOwnerIdNamesTheField() {
        assertThatThrownBy(() -> service.listEvidenceFiles(FINANCE, EvidenceOwner.of(EvidenceOwnerType.KEY_EVALUATION, "ke-1"), false))
                .isInstanceOfSatisfying(EvidenceOwnerTypeNotSupportedException.class, e -> assertThat(e.arguments())
                        .containsEntry("ownerType", "KEY_EVALUATION").containsEntry("supported", "GOAL, MONITORING_REPORT, SELF_EVALUATION"));
        assertThatThrownBy(() -> service.listEvidenceFiles(FINANCE, EvidenceOwner.of(EvidenceOwnerType.GOAL, "not-a-uuid"), false))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).hasValue("ownerId"));
    }

    @Test
    void aNewOwnerTypeIsOneResolverAndItMayAllowSomePurposesOnly() {
        // What the lead adds for key evaluations: a resolver; here one that lets the actor attach only the agency's report.
        EvidenceOwnerResolver keyEvaluations = new EvidenceOwnerResolver() {
            @Override
            public EvidenceOwnerType ownerType() {
                return EvidenceOwnerType.KEY_EVALUATION;
            }

            @Override
            public VisibleEvidenceOwner resolve(Actor actor, String ownerId) {
                return new VisibleEvidenceOwner(Set.of(EvidencePurpose.AGENCY_REPORT, EvidencePurpose.SCORE_SHEET));
            }
        };
        ChangePipeline pipeline = new ChangePipeline(new EventDispatcher(List.of(recorded), clock));
        EvidenceFileService withKeyEvaluations = new EvidenceFileService(new EvidenceOwners(List.of(keyEvaluations)), stores.evidenceFiles,
                stores.evidenceContent, pipeline, clock);
        EvidenceOwner evaluation = EvidenceOwner.of(EvidenceOwnerType.KEY_EVALUATION, "ke-2024-01");

        EvidenceFile report = withKeyEvaluations.attachEvidenceFile(FINANCE, new AttachEvidenceFileCommand(evaluation, EvidencePurpose.AGENCY_REPORT,
                "评价报告.pdf", new ByteArrayInputStream(PDF)));
        assertThat(report.getOwner()).isEqualTo(evaluation);
        assertThatThrownBy(() -> withKeyEvaluations.attachEvidenceFile(FINANCE, new AttachEvidenceFileCommand(evaluation, EvidencePurpose.SUPPORTING,
                "其他.pdf", new ByteArrayInputStream(PDF)))).isInstanceOf(AccessDeniedException.class);
        assertThat(withKeyEvaluations.listEvidenceFiles(FINANCE, evaluation, false)).containsExactly(report);
    }
}
