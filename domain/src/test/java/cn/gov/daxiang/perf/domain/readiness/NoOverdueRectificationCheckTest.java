package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationSource;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NoOverdueRectificationCheckTest {

    private static final Instant NOW = Instant.parse("2024-11-01T02:00:00Z");
    private static final LocalDate ISSUED_ON = LocalDate.of(2024, 11, 1);
    private final Project project = PreAssessmentFixtures.parking();

    private Rectification item(ProjectCode code, LocalDate deadline) {
        return Rectification.issue(RectificationId.newId(), RectificationSource.raised(EvaluationKind.KEY_EVALUATION, UUID.randomUUID()),
                FiscalYear.of(2024), code, UnitCode.of("108002"), "问题", deadline, ActorId.of("f"), NOW, ISSUED_ON);
    }

    private ReadinessCheckResult check(List<Rectification> items, LocalDate today) {
        ReadinessReport report = ProjectReadiness.standard().assess(ProjectReadinessFacts.about(project).withRectifications(items, today));
        return report.results().stream().filter(r -> r.check().equals(NoOverdueRectificationCheck.CODE)).findFirst().orElseThrow();
    }

    @Test
    void no_items_pass() {
        ReadinessCheckResult r = check(List.of(), ISSUED_ON);
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).isEqualTo(NoOverdueRectificationCheck.NONE);
    }

    @Test
    void open_items_within_their_deadline_pass_naming_them() {
        Rectification a = item(project.getCode(), LocalDate.of(2024, 12, 31));
        ReadinessCheckResult r = check(List.of(a), LocalDate.of(2024, 12, 31));
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).isEqualTo(NoOverdueRectificationCheck.OPEN_IN_TIME);
        assertThat(r.arguments()).containsEntry("count", 1);
        assertThat((String) r.arguments().get("ids")).contains(a.getId().toString()).contains("2024-12-31");
    }

    @Test
    void overdue_items_fail_each_listed_with_deadline_and_days_overdue_and_other_projects_items_do_not_count() {
        Rectification late = item(project.getCode(), LocalDate.of(2024, 12, 1));
        Rectification later = item(project.getCode(), LocalDate.of(2024, 12, 10));
        Rectification inTime = item(project.getCode(), LocalDate.of(2025, 1, 31));
        Rectification foreign = item(ProjectCode.of("43050325T000000000999"), LocalDate.of(2024, 11, 2));
        ReadinessCheckResult r = check(List.of(inTime, later, late, foreign), LocalDate.of(2024, 12, 11));
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).isEqualTo(NoOverdueRectificationCheck.OVERDUE);
        assertThat(r.arguments()).containsEntry("count", 2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) r.arguments().get("rectifications");
        assertThat(listed).extracting(m -> m.get("id")).containsExactly(late.getId().toString(), later.getId().toString());
        assertThat(listed).extracting(m -> m.get("daysOverdue")).containsExactly(10L, 1L);
        assertThat(listed).extracting(m -> m.get("deadline")).containsExactly("2024-12-01", "2024-12-10");
        assertThat((String) r.arguments().get("ids")).doesNotContain(inTime.getId().toString()).doesNotContain(foreign.getId().toString());
    }

    @Test
    void an_overdue_item_of_last_years_project_under_its_old_code_blocks_this_years_continuation() {
        ProjectCode lastYear = ProjectCode.of("43050323T000000000999");
        Rectification owed = item(lastYear, LocalDate.of(2024, 12, 1));
        ProjectReadinessFacts facts = ProjectReadinessFacts.about(project).withRectifications(List.of(owed), LocalDate.of(2024, 12, 11), java.util.Set.of(lastYear));
        ReadinessCheckResult r = ProjectReadiness.standard().assess(facts).results().stream()
                .filter(x -> x.check().equals(NoOverdueRectificationCheck.CODE)).findFirst().orElseThrow();
        assertThat(r.passed()).isFalse();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) r.arguments().get("rectifications");
        assertThat(listed).extracting(m -> m.get("projectCode")).containsExactly(lastYear.value());
        assertThat(check(List.of(owed), LocalDate.of(2024, 12, 11)).passed()).as("not a predecessor: another project's item").isTrue();
    }

    @Test
    void a_verified_item_past_its_deadline_does_not_block() {
        Rectification done = item(project.getCode(), LocalDate.of(2024, 11, 5));
        done.start(NOW);
        done.report("已整改", 1, NOW, LocalDate.of(2024, 11, 10));
        done.verify(ActorId.of("f"), NOW);
        assertThat(check(List.of(done), LocalDate.of(2025, 1, 1)).reason()).isEqualTo(NoOverdueRectificationCheck.NONE);
    }
}
