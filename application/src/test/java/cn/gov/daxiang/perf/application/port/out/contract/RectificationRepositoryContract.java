package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.application.port.out.RectificationRepository;
import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectCode;
import cn.gov.daxiang.perf.domain.rectification.EvaluationKind;
import cn.gov.daxiang.perf.domain.rectification.Rectification;
import cn.gov.daxiang.perf.domain.rectification.RectificationCriteria;
import cn.gov.daxiang.perf.domain.rectification.RectificationId;
import cn.gov.daxiang.perf.domain.rectification.RectificationSource;
import cn.gov.daxiang.perf.domain.rectification.RectificationState;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Paging;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.STRANGER;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.T;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.givenUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link RectificationRepository} does: an item comes back as stored (source, reports, return, verification);
 * one finding of an evaluation has at most one item; lists filter by scope and every criterion, overdue counted on the
 * criteria's day exactly as the domain counts it, the nearest deadline first.
 */
public abstract class RectificationRepositoryContract {

    private static final FiscalYear YEAR = FiscalYear.of(2024);
    private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);

    protected abstract RectificationRepository rectifications();

    protected abstract ProjectRepository projects();

    protected abstract BudgetUnitRepository units();

    protected void stored() {
    }

    private Project project(int n, UnitCode unit) {
        return ContractFixtures.project(projects(), n, unit, YEAR, ProjectCategory.SPECIFIC_PURPOSE);
    }

    private static Rectification item(RectificationSource source, ProjectCode project, UnitCode unit, LocalDate deadline, FiscalYear year) {
        return Rectification.issue(RectificationId.newId(), source, year, project, unit, "契约测试问题", deadline, ActorId.of("finance"), T, null);
    }

    private static Rectification item(ProjectCode project, UnitCode unit, LocalDate deadline) {
        return item(RectificationSource.raised(EvaluationKind.SELF_EVALUATION, UUID.randomUUID()), project, unit, deadline, YEAR);
    }

    @Test
    void anItemComesBackWithItsSourceReportsReturnAndVerification() {
        givenUnits(units());
        Project project = project(41, UNIT);
        UUID evaluation = UUID.randomUUID();
        Rectification r = item(RectificationSource.finding(evaluation, 3), project.getCode(), UNIT, DEADLINE, YEAR);
        long first = rectifications().add(r);
        r.start(Instant.parse("2024-11-02T01:00:00Z"));
        r.report("已整改", 2, Instant.parse("2025-01-02T01:00:00Z"), LocalDate.of(2025, 1, 2));
        r.returnToUnit("佐证不足");
        r.report("补充佐证", 3, Instant.parse("2025-01-05T01:00:00Z"), LocalDate.of(2025, 1, 5));
        r.verify(ActorId.of("finance-2"), Instant.parse("2025-01-06T01:00:00Z"));
        long second = rectifications().update(r, first);
        stored();

        assertThat(second).isGreaterThan(first);
        RectificationRepository.Stored back = rectifications().findById(r.getId()).orElseThrow();
        assertThat(back.revision()).isEqualTo(second);
        Rectification b = back.rectification();
        assertThat(b.getSource()).isEqualTo(RectificationSource.finding(evaluation, 3));
        assertThat(b.getEvaluationYear()).isEqualTo(YEAR);
        assertThat(b.getProjectCode()).contains(project.getCode());
        assertThat(b.getState()).isEqualTo(RectificationState.VERIFIED);
        assertThat(b.getReports()).isEqualTo(r.getReports());
        assertThat(b.getReports()).extracting(x -> x.daysLate()).containsExactly(2, 5);
        assertThat(b.getReturnReason()).contains("佐证不足");
        assertThat(b.getReturnCount()).isEqualTo(1);
        assertThat(b.getStartedAt()).contains(Instant.parse("2024-11-02T01:00:00Z"));
        assertThat(b.getVerifiedAt()).contains(Instant.parse("2025-01-06T01:00:00Z"));
        assertThat(b.getIssuedAt()).isEqualTo(T);
        assertThat(b.auditSnapshot()).isEqualTo(r.auditSnapshot());
        assertThat(rectifications().findByEvaluation(EvaluationKind.KEY_EVALUATION, evaluation)).extracting(Rectification::getId)
                .containsExactly(r.getId());
        assertThat(rectifications().findByEvaluation(EvaluationKind.SELF_EVALUATION, evaluation)).isEmpty();
        assertThat(rectifications().findByProject(project.getCode())).extracting(Rectification::getId).containsExactly(r.getId());
    }

    @Test
    void aSecondItemOfOneFindingIsRefusedItemsRaisedOnOneEvaluationAreNot() {
        givenUnits(units());
        UUID evaluation = UUID.randomUUID();
        rectifications().add(item(RectificationSource.finding(evaluation, 0), null, UNIT, DEADLINE, YEAR));
        rectifications().add(item(RectificationSource.finding(evaluation, 1), null, UNIT, DEADLINE, YEAR));
        rectifications().add(item(RectificationSource.raised(EvaluationKind.KEY_EVALUATION, evaluation), null, UNIT, DEADLINE, YEAR));
        rectifications().add(item(RectificationSource.raised(EvaluationKind.KEY_EVALUATION, evaluation), null, UNIT, DEADLINE, YEAR));
        stored();
        assertThatThrownBy(() -> {
            rectifications().add(item(RectificationSource.finding(evaluation, 1), null, UNIT, DEADLINE, YEAR));
            stored();
        }).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("RECTIFICATION_ALREADY_ISSUED");
    }

    @Test
    void aChangeFromAnOldRevisionIsRefused() {
        givenUnits(units());
        Rectification r = item(null, UNIT, DEADLINE);
        long revision = rectifications().add(r);
        r.start(T);
        rectifications().update(r, revision);
        stored();
        Rectification again = rectifications().findById(r.getId()).orElseThrow().rectification();
        again.report("x", 1, T, DEADLINE);
        assertThatThrownBy(() -> rectifications().update(again, revision)).isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void listsFilterByScopeAndEveryCriterionCountingOverdueOnTheCriteriasDayNearestDeadlineFirst() {
        givenUnits(units());
        Project a = project(42, UNIT);
        Rectification due = item(a.getCode(), UNIT, LocalDate.of(2024, 12, 10));
        Rectification onTheDay = item(a.getCode(), UNIT, LocalDate.of(2024, 12, 20));
        Rectification reported = item(null, UNIT, LocalDate.of(2024, 12, 1));
        Rectification returned = item(null, UNIT, LocalDate.of(2024, 12, 5));
        Rectification verified = item(null, UNIT, LocalDate.of(2024, 11, 30));
        Rectification foreign = item(null, STRANGER, LocalDate.of(2024, 12, 2));
        UUID evaluation = UUID.randomUUID();
        Rectification older = item(RectificationSource.raised(EvaluationKind.KEY_EVALUATION, evaluation), null, UNIT,
                LocalDate.of(2025, 6, 1), FiscalYear.of(2023));
        for (Rectification r : List.of(due, onTheDay, reported, returned, verified, foreign, older)) {
            if (r == reported || r == returned || r == verified) {
                r.start(T);
                r.report("已整改", 1, T, LocalDate.of(2024, 11, 20));
                if (r == returned) {
                    r.returnToUnit("不充分");
                } else if (r == verified) {
                    r.verify(ActorId.of("f"), T);
                }
            }
            rectifications().add(r);
        }
        stored();
        LocalDate today = LocalDate.of(2024, 12, 20);
        DataScope own = DataScope.of(Set.of(UNIT));

        RectificationCriteria any = RectificationCriteria.any(today);
        assertThat(ids(any, own)).containsExactly(verified.getId(), reported.getId(), returned.getId(), due.getId(), onTheDay.getId(),
                older.getId());
        assertThat(ids(any, DataScope.all())).hasSize(7).contains(foreign.getId());
        assertThat(ids(any, DataScope.none())).isEmpty();
        assertThat(ids(new RectificationCriteria(null, null, null, null, true, null, today), own))
                .containsExactly(returned.getId(), due.getId());
        assertThat(ids(new RectificationCriteria(null, null, null, null, false, null, today), own))
                .containsExactly(verified.getId(), reported.getId(), onTheDay.getId(), older.getId());
        assertThat(ids(new RectificationCriteria(null, null, null, null, true, null, LocalDate.of(2024, 12, 21)), own))
                .containsExactly(returned.getId(), due.getId(), onTheDay.getId());
        assertThat(ids(new RectificationCriteria(null, a.getCode(), null, null, null, null, today), DataScope.all()))
                .containsExactly(due.getId(), onTheDay.getId());
        assertThat(ids(new RectificationCriteria(null, null, STRANGER, null, null, null, today), DataScope.all()))
                .containsExactly(foreign.getId());
        assertThat(ids(new RectificationCriteria(null, null, null, RectificationState.REPORTED, null, null, today), own))
                .containsExactly(reported.getId());
        assertThat(ids(new RectificationCriteria(evaluation, null, null, null, null, null, today), own)).containsExactly(older.getId());
        assertThat(ids(new RectificationCriteria(null, null, null, null, null, FiscalYear.of(2023), today), own)).containsExactly(older.getId());
        assertThat(rectifications().findAll(new RectificationCriteria(null, null, null, null, null, YEAR, today), own))
                .extracting(Rectification::getId).containsExactlyInAnyOrder(due.getId(), onTheDay.getId(), reported.getId(),
                        returned.getId(), verified.getId());
        assertThat(rectifications().find(any, own, new Paging(2, 4)).items()).hasSize(2);
        assertThat(rectifications().find(any, own, new Paging(2, 4)).total()).isEqualTo(6);
    }

    private List<RectificationId> ids(RectificationCriteria criteria, DataScope scope) {
        return rectifications().find(criteria, scope, new Paging(1, 100)).items().stream().map(s -> s.rectification().getId()).toList();
    }
}
