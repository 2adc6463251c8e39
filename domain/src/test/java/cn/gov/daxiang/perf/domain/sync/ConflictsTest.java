package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.budgetunit.BudgetUnit;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What counts as a conflict (docs/provincial-api.md §7), and how a conflict is held and resolved. */
class ConflictsTest {

    private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
    private static final Predicate<UnitCode> KNOWN = Set.of(UnitCode.of("108001"), UnitCode.of("108002"), UnitCode.of("105001"))::contains;

    private static Project project(String unit) {
        return Project.of(ProjectCode.of("43050324T000000000101"), "2024年度城镇老旧小区改造项目", UnitCode.of(unit), FiscalYear.of(2024),
                ProjectCategory.SPECIFIC_PURPOSE, List.of(ProjectKind.SPECIAL_BOND, ProjectKind.TRANSFER_PAYMENT),
                ProjectFunds.of(Money.of("36500000.00"), Money.of("0.00"), Money.of("1800000.50")));
    }

    private static BudgetUnit unit(boolean active) {
        return BudgetUnit.of(UnitCode.of("108002"), "邵阳市大祥区城市建设服务中心", UnitCode.of("108001"), active);
    }

    private static Change<Project> projectChange(Project p) {
        return Change.upsert(7, T, p.getCode().value(), p);
    }

    @Test
    void aProjectMovedToAnotherUnitConflictsOnlyWhenLocalWorkHangsOnIt() {
        Optional<Project> local = Optional.of(project("108002"));
        Change<Project> moved = projectChange(project("105001"));
        assertThat(ConflictDetector.forProject(moved, local, true, KNOWN)).contains(ConflictKind.PROJECT_MOVED_WITH_LOCAL_WORK);
        assertThat(ConflictDetector.forProject(moved, local, false, KNOWN)).isEmpty();
    }

    @Test
    void ordinaryChangesOfAProjectAreTakenOverWithoutConflictEvenWithLocalWork() {
        assertThat(ConflictDetector.forProject(projectChange(project("108002")), Optional.of(project("108002")), true, KNOWN)).isEmpty();
        assertThat(ConflictDetector.forProject(projectChange(project("108002")), Optional.empty(), false, KNOWN)).isEmpty();
    }

    @Test
    void aDeletedProjectTheDistrictKnowsIsAlwaysAConflictAndAnUnknownOneIsNothing() {
        Change<Project> deletion = Change.deletion(8, T, "43050324T000000000101");
        assertThat(ConflictDetector.forProject(deletion, Optional.of(project("108002")), false, KNOWN)).contains(ConflictKind.PROJECT_DELETED_UPSTREAM);
        assertThat(ConflictDetector.forProject(deletion, Optional.empty(), false, KNOWN)).isEmpty();
    }

    @Test
    void aProjectOfAnUnknownUnitIsAnUnresolvedReference() {
        assertThat(ConflictDetector.forProject(projectChange(project("199001")), Optional.empty(), false, KNOWN))
                .contains(ConflictKind.REFERENCE_UNRESOLVED);
    }

    @Test
    void aUnitDeactivatedWithOpenWorkConflictsAndWithoutIsTakenOver() {
        Change<BudgetUnit> deactivation = Change.upsert(3, T, "108002", unit(false));
        assertThat(ConflictDetector.forUnit(deactivation, Optional.of(unit(true)), true, KNOWN)).contains(ConflictKind.UNIT_DEACTIVATED_WITH_OPEN_WORK);
        assertThat(ConflictDetector.forUnit(deactivation, Optional.of(unit(true)), false, KNOWN)).isEmpty();
        assertThat(ConflictDetector.forUnit(deactivation, Optional.of(unit(false)), true, KNOWN)).as("already inactive").isEmpty();
    }

    @Test
    void aDeletedUnitTheDistrictKnowsIsAlwaysAConflict() {
        assertThat(ConflictDetector.forUnit(Change.deletion(4, T, "108002"), Optional.of(unit(true)), false, KNOWN))
                .contains(ConflictKind.UNIT_DELETED_UPSTREAM);
        assertThat(ConflictDetector.forUnit(Change.deletion(4, T, "108009"), Optional.empty(), false, KNOWN)).isEmpty();
    }

    @Test
    void aUnitUnderAnUnknownDepartmentIsAnUnresolvedReference() {
        BudgetUnit orphan = BudgetUnit.of(UnitCode.of("120002"), "某中心", UnitCode.of("120001"), true);
        assertThat(ConflictDetector.forUnit(Change.upsert(5, T, "120002", orphan), Optional.empty(), false, KNOWN))
                .contains(ConflictKind.REFERENCE_UNRESOLVED);
    }

    @Test
    void executionForAnUnknownProjectIsAnUnresolvedReference() {
        assertThat(ConflictDetector.forExecution(false)).contains(ConflictKind.REFERENCE_UNRESOLVED);
        assertThat(ConflictDetector.forExecution(true)).isEmpty();
    }

    private static SyncConflict movedConflict() {
        Project local = project("108002");
        Project incoming = project("105001");
        return SyncConflict.detected(ConflictKind.PROJECT_MOVED_WITH_LOCAL_WORK, SyncStream.PROJECTS, local.getCode().value(), 7, false,
                local.auditSnapshot().fields(), incoming.auditSnapshot().fields(), SyncRunId.random(), T);
    }

    @Test
    void theHeldProjectCanBeRebuiltExactlyFromTheLog() {
        SyncConflict conflict = movedConflict();
        Project rebuilt = conflict.incomingProject();
        Project incoming = project("105001");
        assertThat(rebuilt.auditSnapshot()).isEqualTo(incoming.auditSnapshot());
        assertThat(conflict.subjectType()).isEqualTo("project");
    }

    @Test
    void theHeldUnitCanBeRebuiltExactlyFromTheLog() {
        SyncConflict conflict = SyncConflict.detected(ConflictKind.UNIT_DEACTIVATED_WITH_OPEN_WORK, SyncStream.AGENCIES, "108002", 3, false,
                unit(true).auditSnapshot().fields(), unit(false).auditSnapshot().fields(), SyncRunId.random(), T);
        assertThat(conflict.incomingUnit().auditSnapshot()).isEqualTo(unit(false).auditSnapshot());
    }

    @Test
    void aLaterChangeJoinsTheOpenConflictAndAnOlderOneIsIgnored() {
        SyncConflict conflict = movedConflict();
        conflict.supersede(Optional.of(ConflictKind.PROJECT_DELETED_UPSTREAM), 9, true, Map.of(), SyncRunId.random());
        assertThat(conflict.getKind()).isEqualTo(ConflictKind.PROJECT_DELETED_UPSTREAM);
        assertThat(conflict.isDeletion()).isTrue();
        assertThat(conflict.getChangeSeq()).isEqualTo(9);
        conflict.supersede(Optional.empty(), 8, false, project("108002").auditSnapshot().fields(), SyncRunId.random());
        assertThat(conflict.getChangeSeq()).isEqualTo(9);
        assertThat(conflict.isDeletion()).isTrue();
    }

    @Test
    void keepingTheLocalRecordNeedsAReason() {
        SyncConflict conflict = movedConflict();
        assertThatThrownBy(() -> conflict.resolve(ConflictResolution.KEEP_LOCAL, "admin", "  ", T))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("SYNC_CONFLICT_NOTE_REQUIRED");
                    assertThat(e.field()).contains("note");
                });
        assertThat(conflict.getState()).isEqualTo(ConflictState.OPEN);
        conflict.resolve(ConflictResolution.KEEP_LOCAL, "admin", "项目仍由城市建设服务中心实施，已联系省平台更正", T);
        assertThat(conflict.getState()).isEqualTo(ConflictState.RESOLVED);
        assertThat(conflict.getResolvedBy()).contains("admin");
    }

    @Test
    void aResolvedConflictCannotBeResolvedAgainNorSuperseded() {
        SyncConflict conflict = movedConflict();
        conflict.resolve(ConflictResolution.ACCEPT_PROVINCIAL, "admin", null, T);
        assertThatThrownBy(() -> conflict.resolve(ConflictResolution.KEEP_LOCAL, "admin", "x", T))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.code()).isEqualTo("SYNC_CONFLICT_ALREADY_RESOLVED"));
        assertThatThrownBy(() -> conflict.supersede(Optional.empty(), 99, false, Map.of(), SyncRunId.random()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void resolvingRecordsTheDecisionAsOneEvent() {
        SyncConflict conflict = movedConflict();
        conflict.resolve(ConflictResolution.KEEP_LOCAL, "admin", "仍由原单位实施", T);
        assertThat(conflict.pullEvents()).containsExactly(new ConflictResolved(conflict.getId(),
                ConflictKind.PROJECT_MOVED_WITH_LOCAL_WORK, SyncStream.PROJECTS, "43050324T000000000101", 7,
                ConflictResolution.KEEP_LOCAL, "仍由原单位实施", "admin", T));
        assertThat(conflict.pullEvents()).isEmpty();
    }

    @Test
    void aRefusedResolutionRecordsNothing() {
        SyncConflict conflict = movedConflict();
        assertThatThrownBy(() -> conflict.resolve(ConflictResolution.KEEP_LOCAL, "admin", " ", T));
        assertThat(conflict.pullEvents()).isEmpty();
    }
}
