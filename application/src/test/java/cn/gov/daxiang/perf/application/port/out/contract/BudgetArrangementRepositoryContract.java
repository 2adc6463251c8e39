package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.port.out.BudgetArrangementRepository;
import cn.gov.daxiang.perf.application.port.out.BudgetUnitRepository;
import cn.gov.daxiang.perf.application.port.out.ProjectRepository;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementProposal;
import cn.gov.daxiang.perf.domain.arrangement.ArrangementRevision;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentId;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.AlreadyExistsException;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.UNIT;
import static cn.gov.daxiang.perf.application.port.out.contract.ContractFixtures.givenUnits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link BudgetArrangementRepository} does: one arrangement per project, every revision kept in order, stale changes refused. */
public abstract class BudgetArrangementRepositoryContract {

    private static final Instant T1 = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-11T00:00:00Z");

    protected abstract BudgetArrangementRepository arrangements();

    protected abstract ProjectRepository projects();

    protected abstract BudgetUnitRepository units();

    protected void stored() {
    }

    private static AssessmentStanding supportedUpTo(String cap) {
        return new AssessmentStanding(new AssessmentStanding.Concluded(PreAssessmentId.newId(), AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT,
                Money.of(cap), T1), null);
    }

    @Test
    void anArrangementComesBackWithEveryRevisionInOrder() {
        givenUnits(units());
        Project project = ContractFixtures.project(projects(), 11, UNIT, FiscalYear.of(2026), ProjectCategory.SPECIFIC_PURPOSE);
        AssessmentStanding standing = supportedUpTo("800000.00");
        BudgetArrangement a = BudgetArrangement.arrange(project, new ArrangementProposal(Money.of("600000.00"), null, null), standing,
                ActorId.of("finance"), T1);
        long first = arrangements().add(a);
        a.revise(new ArrangementProposal(Money.of("100.00"), BudgetClassification.ONGOING, "续建项目"), AssessmentStanding.none(),
                ActorId.of("finance2"), T2);
        long second = arrangements().update(a, first);
        stored();

        BudgetArrangementRepository.Stored back = arrangements().findByProject(project.getCode()).orElseThrow();
        assertThat(back.revision()).isEqualTo(second).isGreaterThan(first);
        assertThat(back.arrangement().getRevisions()).isEqualTo(a.getRevisions());
        assertThat(back.arrangement().getRevisions()).extracting(ArrangementRevision::assessedAmount)
                .containsExactly(Money.of("800000.00"), null);
        assertThat(back.arrangement().getBudgetYear()).isEqualTo(FiscalYear.of(2026));
        assertThat(back.arrangement().auditSnapshot()).isEqualTo(a.auditSnapshot());
    }

    @Test
    void aProjectHasOneArrangementAndStaleRevisionsAreRefused() {
        givenUnits(units());
        Project project = ContractFixtures.project(projects(), 12, UNIT, FiscalYear.of(2026), ProjectCategory.PERSONNEL);
        BudgetArrangement a = BudgetArrangement.arrange(project, new ArrangementProposal(Money.of("10.00"), null, null),
                AssessmentStanding.none(), ActorId.of("finance"), T1);
        long revision = arrangements().add(a);
        stored();
        assertThatThrownBy(() -> {
            arrangements().add(BudgetArrangement.arrange(project, new ArrangementProposal(Money.of("20.00"), null, null),
                    AssessmentStanding.none(), ActorId.of("finance"), T1));
            stored();
        }).isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void aRevisionFromAnOldRevisionIsRefused() {
        givenUnits(units());
        Project project = ContractFixtures.project(projects(), 13, UNIT, FiscalYear.of(2026), ProjectCategory.OPERATION);
        BudgetArrangement a = BudgetArrangement.arrange(project, new ArrangementProposal(Money.of("10.00"), null, null),
                AssessmentStanding.none(), ActorId.of("finance"), T1);
        long revision = arrangements().add(a);
        a.revise(new ArrangementProposal(Money.of("11.00"), null, null), AssessmentStanding.none(), ActorId.of("finance"), T2);
        arrangements().update(a, revision);
        stored();
        BudgetArrangement again = arrangements().findByProject(project.getCode()).orElseThrow().arrangement();
        again.revise(new ArrangementProposal(Money.of("12.00"), null, null), AssessmentStanding.none(), ActorId.of("finance"), T2);
        assertThatThrownBy(() -> arrangements().update(again, revision)).isInstanceOf(StaleRevisionException.class);
    }
}
