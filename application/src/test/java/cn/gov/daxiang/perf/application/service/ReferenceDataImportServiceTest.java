package cn.gov.daxiang.perf.application.service;

import cn.gov.daxiang.perf.application.fake.InMemoryProjectRepository;
import cn.gov.daxiang.perf.application.fake.InMemoryBudgetUnitRepository;
import cn.gov.daxiang.perf.application.fake.InMemoryAuditLog;
import cn.gov.daxiang.perf.application.port.in.referencedata.ImportReport;
import cn.gov.daxiang.perf.domain.access.AccessDeniedException;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import cn.gov.daxiang.perf.domain.audit.AuditKind;
import cn.gov.daxiang.perf.domain.audit.FieldChange;
import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataImportServiceTest {

    private static final UnitCode HOUSING = UnitCode.of("108001");
    private static final UnitCode HOUSING_CENTRE = UnitCode.of("108002");

    private final InMemoryBudgetUnitRepository units = new InMemoryBudgetUnitRepository();
    private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    private static final Actor SYNC = Actor.system("test-sync");
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final Clock clock = Clock.fixed(Instant.parse("2024-09-30T02:00:00Z"), ZoneOffset.UTC);
    private ReferenceDataBatch sourceContent = new ReferenceDataBatch(List.of(), List.of());
    private final ReferenceDataImportService service = new ReferenceDataImportService(units, projects, () -> sourceContent,
            new AuditTrail(auditLog, clock));

    private static Project renovation(String fiscal) {
        return Project.of(ProjectCode.of("43050324T000000000101"), "2024年度城镇老旧小区改造项目", HOUSING_CENTRE,
                FiscalYear.of(2024), ProjectCategory.SPECIFIC_PURPOSE, List.of(ProjectKind.SPECIAL_BOND),
                ProjectFunds.of(Money.of(fiscal), Money.ZERO, Money.ZERO));
    }

    private static ReferenceDataBatch district(String fiscal) {
        return new ReferenceDataBatch(
                List.of(BudgetUnit.of(HOUSING_CENTRE, "大祥区城市建设服务中心", HOUSING, true),
                        BudgetUnit.of(HOUSING, "邵阳市大祥区住房和城乡建设局", null, true)),
                List.of(renovation(fiscal)));
    }

    @Test
    void aFirstImportCreatesEveryUnitAndProject() {
        ImportReport report = service.importReferenceData(SYNC, district("3000000.00"));

        assertThat(report.units()).isEqualTo(new ImportReport.Counts(2, 0, 0));
        assertThat(report.projects()).isEqualTo(new ImportReport.Counts(1, 0, 0));
        assertThat(units.saves).as("departments are saved before their subordinates").containsExactly(HOUSING, HOUSING_CENTRE);
    }

    @Test
    void reimportingTheSameDataChangesNothing() {
        service.importReferenceData(SYNC, district("3000000.00"));
        units.saves.clear();
        projects.saves.clear();

        ImportReport report = service.importReferenceData(SYNC, district("3000000.00"));

        assertThat(report.units()).isEqualTo(new ImportReport.Counts(0, 0, 2));
        assertThat(report.projects()).isEqualTo(new ImportReport.Counts(0, 0, 1));
        assertThat(units.saves).isEmpty();
        assertThat(projects.saves).isEmpty();
    }

    @Test
    void aChangedRecordIsUpdatedInPlace() {
        service.importReferenceData(SYNC, district("3000000.00"));

        ImportReport report = service.importReferenceData(SYNC, district("3200000.00"));

        assertThat(report.projects()).isEqualTo(new ImportReport.Counts(0, 1, 0));
        assertThat(projects.stored.get(ProjectCode.of("43050324T000000000101")).getFunds().total())
                .isEqualTo(Money.of("3200000.00"));
    }

    @Test
    void aProjectMayReferToAUnitImportedEarlier() {
        service.importReferenceData(SYNC, district("3000000.00"));
        Project another = Project.of(ProjectCode.of("43050324Y000000000102"), "住建局运转经费", HOUSING,
                FiscalYear.of(2024), ProjectCategory.OPERATION, List.of(),
                ProjectFunds.of(Money.of("800000.00"), Money.ZERO, Money.ZERO));

        ImportReport report = service.importReferenceData(SYNC, new ReferenceDataBatch(List.of(), List.of(another)));

        assertThat(report.projects().created()).isEqualTo(1);
    }

    @Test
    void aBatchWithADanglingReferenceWritesNothing() {
        ReferenceDataBatch dangling = new ReferenceDataBatch(
                List.of(BudgetUnit.of(HOUSING_CENTRE, "大祥区城市建设服务中心", HOUSING, true)), List.of());

        assertThatThrownBy(() -> service.importReferenceData(SYNC, dangling)).isInstanceOf(RuleViolationException.class);
        assertThat(units.saves).isEmpty();
    }

    @Test
    void loadingTakesOverWhatTheSourceHolds() {
        sourceContent = district("3000000.00");

        ImportReport report = service.loadReferenceData(SYNC);

        assertThat(report.units().created()).isEqualTo(2);
        assertThat(projects.stored).containsKey(ProjectCode.of("43050324T000000000101"));
    }

    @Test
    void everyCreatedRecordLeavesOneCreateEvent() {
        service.importReferenceData(SYNC, district("3000000.00"));

        assertThat(auditLog.events).hasSize(3).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.CREATE);
            assertThat(e.actorId()).isEqualTo("system:test-sync");
            assertThat(e.occurredAt()).isEqualTo(clock.instant());
        });
        assertThat(auditLog.events).extracting(e -> e.objectType() + ":" + e.objectId())
                .containsExactly("budget-unit:108001", "budget-unit:108002", "project:43050324T000000000101");
    }

    @Test
    void aChangedRecordLeavesOneUpdateEventWithItsChangedFieldsAndAnUnchangedOneNone() {
        service.importReferenceData(SYNC, district("3000000.00"));
        auditLog.events.clear();

        service.importReferenceData(SYNC, district("3200000.00"));

        assertThat(auditLog.events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.UPDATE);
            assertThat(e.objectId()).isEqualTo("43050324T000000000101");
            assertThat(e.changes()).containsExactly(
                    new FieldChange("funds.fiscalAppropriation", "3000000.00", "3200000.00"),
                    new FieldChange("funds.total", "3000000.00", "3200000.00"));
        });
    }

    @Test
    void onlyTheSyncOrFinanceAdministrationMayImport() {
        Actor auditor = new Actor("auditor", Set.of(Role.AUDITOR), null, null, null);
        assertThatThrownBy(() -> service.importReferenceData(auditor, district("3000000.00")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(units.saves).isEmpty();
        assertThat(auditLog.events).isEmpty();
    }
}
