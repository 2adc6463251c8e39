package cn.gov.daxiang.perf.domain.readiness;

import cn.gov.daxiang.perf.domain.arrangement.ArrangementProposal;
import cn.gov.daxiang.perf.domain.arrangement.BudgetArrangement;
import cn.gov.daxiang.perf.domain.arrangement.BudgetClassification;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.REQUESTED;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.concluded;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.parking;
import static org.assertj.core.api.Assertions.assertThat;

class PreAssessmentReadinessTest {

    private static final Instant T1 = Instant.parse("2024-11-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-11-05T00:00:00Z");
    private final ProjectReadiness readiness = ProjectReadiness.standard();

    private ReadinessCheckResult result(ProjectReadinessFacts facts, String check) {
        return readiness.assess(facts).results().stream().filter(r -> r.check().equals(check)).findFirst().orElseThrow();
    }

    @Test
    void theStandardReadinessListsTheGoalTheAssessmentAndTheArrangementChecks() {
        assertThat(readiness.checkCodes()).startsWith(ApprovedGoalCheck.CODE, PreAssessmentCheck.CODE,
                ArrangementWithinAssessedAmountCheck.CODE);
    }

    @Test
    void anUnclassifiedSpecificPurposeProjectNeedsAnAssessment() {
        ReadinessCheckResult r = result(ProjectReadinessFacts.about(parking()), PreAssessmentCheck.CODE);
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).isEqualTo(PreAssessmentCheck.MISSING);
        assertThat(r.arguments()).containsEntry("classification", "NEW");
    }

    @Test
    void personnelAndRunningCostsNeedNone() {
        Project salaries = PreAssessmentFixtures.project(PreAssessmentFixtures.COLD_CHAIN, ProjectCategory.PERSONNEL);
        ReadinessCheckResult r = result(ProjectReadinessFacts.about(salaries), PreAssessmentCheck.CODE);
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).isEqualTo(PreAssessmentCheck.NOT_REQUIRED);
    }

    @Test
    void openAndNotSupportedAssessmentsFailWithTheirOwnReasonsASupportingOnePassesWithItsAmount() {
        PreAssessment open = PreAssessmentFixtures.draft();
        assertThat(result(ProjectReadinessFacts.about(parking()).withPreAssessments(List.of(open)), PreAssessmentCheck.CODE).reason())
                .isEqualTo(PreAssessmentCheck.IN_PROGRESS);
        PreAssessment refused = concluded(parking(), REQUESTED, AssessmentConclusion.NOT_SUPPORTED, null, T1);
        assertThat(result(ProjectReadinessFacts.about(parking()).withPreAssessments(List.of(refused)), PreAssessmentCheck.CODE).reason())
                .isEqualTo(PreAssessmentCheck.NOT_SUPPORTED);
        PreAssessment adjusted = concluded(parking(), REQUESTED, AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, Money.of("800000.00"), T2);
        ReadinessCheckResult r = result(ProjectReadinessFacts.about(parking()).withPreAssessments(List.of(refused, adjusted)),
                PreAssessmentCheck.CODE);
        assertThat(r.passed()).isTrue();
        assertThat(r.reason()).isEqualTo(PreAssessmentCheck.SUPPORTED);
        assertThat(r.arguments()).containsEntry("assessedAmount", "800000.00").containsEntry("assessmentId", adjusted.getId().toString());
    }

    @Test
    void theArrangementIsWithinTheLatestAssessedAmountOrSaysByHowMuchItIsNot() {
        PreAssessment first = concluded(parking(), REQUESTED, AssessmentConclusion.SUPPORT, null, T1);
        BudgetArrangement arranged = BudgetArrangement.arrange(parking(), new ArrangementProposal(Money.of("900000.00"), null, null),
                AssessmentStanding.of(List.of(first)), ActorId.of("finance"), T1);
        ProjectReadinessFacts facts = ProjectReadinessFacts.about(parking()).withPreAssessments(List.of(first)).withArrangement(arranged);
        ReadinessCheckResult within = result(facts, ArrangementWithinAssessedAmountCheck.CODE);
        assertThat(within.passed()).isTrue();
        assertThat(within.reason()).isEqualTo(ArrangementWithinAssessedAmountCheck.WITHIN);

        // A later assessment cuts the amount: the arrangement set against the first one now exceeds the cap.
        PreAssessment later = concluded(parking(), REQUESTED, AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, Money.of("800000.00"), T2);
        ReadinessCheckResult exceeds = result(facts.withPreAssessments(List.of(first, later)), ArrangementWithinAssessedAmountCheck.CODE);
        assertThat(exceeds.passed()).isFalse();
        assertThat(exceeds.reason()).isEqualTo(ArrangementWithinAssessedAmountCheck.EXCEEDS);
        assertThat(exceeds.arguments()).containsEntry("arrangedAmount", "900000.00").containsEntry("assessedAmount", "800000.00");

        PreAssessment refused = concluded(parking(), REQUESTED, AssessmentConclusion.NOT_SUPPORTED, null, T2.plusSeconds(1));
        assertThat(result(facts.withPreAssessments(List.of(first, refused)), ArrangementWithinAssessedAmountCheck.CODE).reason())
                .isEqualTo(ArrangementWithinAssessedAmountCheck.WITHOUT_SUPPORT);
    }

    @Test
    void withoutAnArrangementOrForAnOngoingOneTheCapCheckPasses() {
        assertThat(result(ProjectReadinessFacts.about(parking()), ArrangementWithinAssessedAmountCheck.CODE).reason())
                .isEqualTo(ArrangementWithinAssessedAmountCheck.NOT_ARRANGED);
        BudgetArrangement ongoing = BudgetArrangement.arrange(parking(), new ArrangementProposal(Money.of("100.00"),
                BudgetClassification.ONGOING, "续建"), AssessmentStanding.none(), ActorId.of("finance"), T1);
        ProjectReadinessFacts facts = ProjectReadinessFacts.about(parking()).withArrangement(ongoing);
        assertThat(result(facts, ArrangementWithinAssessedAmountCheck.CODE).reason())
                .isEqualTo(ArrangementWithinAssessedAmountCheck.CAP_NOT_APPLICABLE);
        assertThat(result(facts, PreAssessmentCheck.CODE).reason()).as("the arrangement's classification counts")
                .isEqualTo(PreAssessmentCheck.NOT_REQUIRED);
    }
}
