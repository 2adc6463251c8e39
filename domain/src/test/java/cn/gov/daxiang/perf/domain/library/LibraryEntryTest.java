package cn.gov.daxiang.perf.domain.library;

import cn.gov.daxiang.perf.domain.goal.GoalFixtures;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.project.ProjectFunds;
import cn.gov.daxiang.perf.domain.readiness.ReadinessCheckResult;
import cn.gov.daxiang.perf.domain.readiness.ReadinessReport;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryEntryTest {

    private static final Instant AT = Instant.parse("2024-11-02T03:00:00Z");
    private final Project project = Project.of(GoalFixtures.OLD_AREAS, "2024年度城镇老旧小区改造项目", GoalFixtures.HOUSING_BUREAU,
            GoalFixtures.YEAR, ProjectCategory.SPECIFIC_PURPOSE, List.of(), ProjectFunds.of(GoalFixtures.FUNDS, Money.ZERO, Money.ZERO));

    private static ReadinessCheckResult pass(String check) {
        return ReadinessCheckResult.pass(check, check + "_OK", Map.of("projectCode", GoalFixtures.OLD_AREAS.value()));
    }

    private static ReadinessCheckResult fail(String check, String reason) {
        return ReadinessCheckResult.fail(check, reason, Map.of("projectCode", GoalFixtures.OLD_AREAS.value()));
    }

    @Test
    void aProjectFailingChecksIsRefusedWithEveryFailingCheckListed() {
        ReadinessReport report = new ReadinessReport(GoalFixtures.OLD_AREAS, List.of(fail("A", "A_MISSING"), pass("B"),
                fail("C", "C_SUSPENDED")));
        assertThatThrownBy(() -> LibraryEntry.enter(project, report, ActorId.of("finance"), AT))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo(LibraryEntry.NOT_READY);
                    assertThat(e.arguments()).containsEntry("failing", "A, C");
                    assertThat((List<?>) e.arguments().get("failures")).hasSize(2).first()
                            .isEqualTo(Map.of("check", "A", "reason", "A_MISSING", "arguments", Map.of("projectCode", GoalFixtures.OLD_AREAS.value())));
                });
    }

    @Test
    void aReadyProjectEntersWithTheReportItPassedAndAnEvent() {
        ReadinessReport report = new ReadinessReport(GoalFixtures.OLD_AREAS, List.of(pass("A"), pass("B")));
        LibraryEntry entry = LibraryEntry.enter(project, report, ActorId.of("finance"), AT);
        assertThat(entry.getReadiness()).isEqualTo(report);
        assertThat(entry.getEnteredAt()).isEqualTo(AT);
        assertThat(entry.getUnitCode()).isEqualTo(GoalFixtures.HOUSING_BUREAU);
        assertThat(entry.pullEvents()).containsExactly(new ProjectEnteredLibrary(GoalFixtures.OLD_AREAS, GoalFixtures.HOUSING_BUREAU,
                ActorId.of("finance"), AT));
        assertThat(entry.auditSnapshot().fields()).containsEntry("status", "IN_LIBRARY").containsEntry("checks", "A, B");
    }

    @Test
    void theReportMustBeTheProjects() {
        ReadinessReport other = new ReadinessReport(ProjectCode.of("43050324T000000000102"), List.of(pass("A")));
        assertThatThrownBy(() -> LibraryEntry.enter(project, other, ActorId.of("finance"), AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
