package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.LibraryEntryRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.readiness.ReadinessCheckResult;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.givenUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link LibraryEntryRepository} does: one entry per project, read back with the readiness report it passed. */
public abstract class LibraryEntryRepositoryContract {

    private static final Instant T = Instant.parse("2026-03-02T04:05:06Z");

    protected abstract LibraryEntryRepository entries();

    protected abstract ProjectRepository projects();

    protected abstract BudgetUnitRepository units();

    protected void stored() {
    }

    private static ReadinessReport ready(Project project) {
        return new ReadinessReport(project.getCode(), List.of(
                ReadinessCheckResult.pass("READINESS_APPROVED_GOAL", "READINESS_GOAL_APPROVED", Map.of("goalId", "g-1", "version", 2)),
                ReadinessCheckResult.pass("READINESS_FUNDS_NOT_SUSPENDED", "READINESS_FUNDS_NO_DECISION",
                        Map.of("projectCode", project.getCode().value()))));
    }

    @Test
    void anEntryComesBackWithTheReportItPassed() {
        givenUnits(units());
        Project project = ContractFixtures.project(projects(), 31, UNIT, FiscalYear.of(2026), ProjectCategory.SPECIFIC_PURPOSE);
        Project other = ContractFixtures.project(projects(), 32, UNIT, FiscalYear.of(2026), ProjectCategory.SPECIFIC_PURPOSE);
        LibraryEntry entry = LibraryEntry.enter(project, ready(project), ActorId.of("finance"), T);
        entries().add(entry);
        stored();

        LibraryEntry back = entries().findByProject(project.getCode()).orElseThrow();
        assertThat(back.getEnteredAt()).isEqualTo(T);
        assertThat(back.getEnteredBy()).isEqualTo(ActorId.of("finance"));
        assertThat(back.getUnitCode()).isEqualTo(UNIT);
        assertThat(back.passedChecks()).isEqualTo(entry.passedChecks());
        assertThat(back.getReadiness().results()).extracting(ReadinessCheckResult::reason)
                .containsExactly("READINESS_GOAL_APPROVED", "READINESS_FUNDS_NO_DECISION");
        assertThat(back.getReadiness().results().get(0).arguments()).containsEntry("goalId", "g-1");
        assertThat(back.auditSnapshot()).isEqualTo(entry.auditSnapshot());
        assertThat(entries().findByProject(other.getCode())).isEmpty();
        assertThat(entries().findByProjects(List.of(project.getCode(), other.getCode())))
                .extracting(LibraryEntry::getProjectCode).containsExactly(project.getCode());
    }

    @Test
    void aProjectEntersOnce() {
        givenUnits(units());
        Project project = ContractFixtures.project(projects(), 33, UNIT, FiscalYear.of(2026), ProjectCategory.PERSONNEL);
        entries().add(LibraryEntry.enter(project, ready(project), ActorId.of("finance"), T));
        stored();
        assertThatThrownBy(() -> {
            entries().add(LibraryEntry.enter(project, ready(project), ActorId.of("finance2"), T.plusSeconds(5)));
            stored();
        }).isInstanceOfSatisfying(AlreadyExistsException.class, e -> assertThat(e.code()).isEqualTo("PROJECT_ALREADY_IN_LIBRARY"));
    }
}
