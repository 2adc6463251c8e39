package cn.gov.daxiang.perf.domain.arrangement;

import cn.gov.daxiang.perf.domain.preassessment.AssessmentConclusion;
import cn.gov.daxiang.perf.domain.preassessment.AssessmentStanding;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessment;
import cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures;
import cn.gov.daxiang.perf.domain.project.Project;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.review.ActorId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.REQUESTED;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.concluded;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.draft;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.parking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetArrangementTest {

    private static final ActorId FINANCE = ActorId.of("finance-01");
    private static final Instant T1 = Instant.parse("2024-11-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-11-02T00:00:00Z");
    private static final Money CAP = Money.of("800000.00");

    private static ArrangementProposal amount(String yuan) {
        return new ArrangementProposal(Money.of(yuan), null, null);
    }

    private static AssessmentStanding adjustedTo(Money cap) {
        return AssessmentStanding.of(List.of(concluded(parking(), REQUESTED, AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, cap, T1)));
    }

    private static RuleViolationException refusal(Project project, ArrangementProposal proposal, AssessmentStanding standing) {
        try {
            BudgetArrangement.arrange(project, proposal, standing, FINANCE, T2);
        } catch (RuleViolationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aSpecificPurposeProjectIsNewByDefaultPersonnelAndRunningCostsOngoing() {
        assertThat(BudgetClassification.defaultFor(ProjectCategory.SPECIFIC_PURPOSE)).isEqualTo(BudgetClassification.NEW);
        assertThat(BudgetClassification.defaultFor(ProjectCategory.PERSONNEL)).isEqualTo(BudgetClassification.ONGOING);
        assertThat(BudgetClassification.defaultFor(ProjectCategory.OPERATION)).isEqualTo(BudgetClassification.ONGOING);

        BudgetArrangement salaries = BudgetArrangement.arrange(PreAssessmentFixtures.project(PreAssessmentFixtures.COLD_CHAIN,
                ProjectCategory.PERSONNEL), amount("5000000.00"), AssessmentStanding.none(), FINANCE, T2);
        assertThat(salaries.getClassification()).isEqualTo(BudgetClassification.ONGOING);
        assertThat(salaries.current().assessmentId()).isNull();
    }

    @Test
    void anUnassessedNewProjectIsRefusedNamingTheRule() {
        RuleViolationException e = refusal(parking(), amount("1.00"), AssessmentStanding.none());
        assertThat(e.code()).isEqualTo(BudgetArrangement.ASSESSMENT_MISSING);
        assertThat(e.arguments()).containsEntry("projectCode", PreAssessmentFixtures.PARKING.value()).containsEntry("classification", "NEW");
    }

    @Test
    void anAssessmentStillInProgressDoesNotCount() {
        PreAssessment open = draft();
        open.submit();
        RuleViolationException e = refusal(parking(), amount("1.00"), AssessmentStanding.of(List.of(open)));
        assertThat(e.code()).isEqualTo(BudgetArrangement.ASSESSMENT_NOT_CONCLUDED);
        assertThat(e.arguments()).containsEntry("assessmentId", open.getId().toString()).containsEntry("state", "SUBMITTED");
    }

    @Test
    void aNotSupportedAssessmentRefusesEveryAmount() {
        PreAssessment refused = concluded(parking(), REQUESTED, AssessmentConclusion.NOT_SUPPORTED, null, T1);
        RuleViolationException e = refusal(parking(), amount("0.01"), AssessmentStanding.of(List.of(refused)));
        assertThat(e.code()).isEqualTo(BudgetArrangement.ASSESSMENT_NOT_SUPPORTED);
        assertThat(e.arguments()).containsEntry("assessmentId", refused.getId().toString());
    }

    @Test
    void oneCentAboveTheAssessedAmountIsRefusedNamingTheCapAndTheAssessedAmountItselfIsAccepted() {
        AssessmentStanding standing = adjustedTo(CAP);
        RuleViolationException e = refusal(parking(), amount("800000.01"), standing);
        assertThat(e.code()).isEqualTo(BudgetArrangement.EXCEEDS_ASSESSED_AMOUNT);
        assertThat(e.arguments()).containsEntry("assessedAmount", "800000.00").containsEntry("arrangedAmount", "800000.01")
                .containsEntry("assessmentId", standing.latestConcluded().id().toString()).containsEntry("excess", "0.01");

        BudgetArrangement accepted = BudgetArrangement.arrange(parking(), amount("800000.00"), standing, FINANCE, T2);
        assertThat(accepted.getAmount()).isEqualTo(CAP);
        assertThat(accepted.current().assessedAmount()).isEqualTo(CAP);
        assertThat(accepted.current().assessmentId()).isEqualTo(standing.latestConcluded().id());
        assertThat(accepted.pullEvents()).containsExactly(new BudgetArrangementSet(PreAssessmentFixtures.PARKING, BudgetClassification.NEW, CAP));
    }

    @ParameterizedTest
    @EnumSource(value = BudgetClassification.class, names = {"NEW", "CONTINUATION"})
    void bothNewAndContinuationProjectsAreCapped(BudgetClassification classification) {
        RuleViolationException e = refusal(parking(), new ArrangementProposal(Money.of("900000.00"), classification, null), adjustedTo(CAP));
        assertThat(e.code()).isEqualTo(BudgetArrangement.EXCEEDS_ASSESSED_AMOUNT);
    }

    @Test
    void theLatestConcludedAssessmentSupersedesEarlierOnes() {
        PreAssessment supported = concluded(parking(), REQUESTED, AssessmentConclusion.SUPPORT, null, T1);
        PreAssessment later = concluded(parking(), REQUESTED, AssessmentConclusion.NOT_SUPPORTED, null, T2);
        assertThat(refusal(parking(), amount("1.00"), AssessmentStanding.of(List.of(later, supported))).code())
                .isEqualTo(BudgetArrangement.ASSESSMENT_NOT_SUPPORTED);

        PreAssessment again = concluded(parking(), REQUESTED, AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, Money.of("500000.00"),
                T2.plusSeconds(60));
        AssessmentStanding standing = AssessmentStanding.of(List.of(supported, later, again));
        assertThat(standing.supporting()).map(AssessmentStanding.Concluded::id).contains(again.getId());
        assertThat(refusal(parking(), amount("500000.01"), standing).code()).isEqualTo(BudgetArrangement.EXCEEDS_ASSESSED_AMOUNT);
    }

    @Test
    void anOngoingSpecificPurposeProjectNeedsAReasonAndNoAssessment() {
        assertThat(refusal(parking(), new ArrangementProposal(Money.of("100.00"), BudgetClassification.ONGOING, " "),
                AssessmentStanding.none()).code()).isEqualTo("ARRANGEMENT_ONGOING_REASON_REQUIRED");
        BudgetArrangement ongoing = BudgetArrangement.arrange(parking(), new ArrangementProposal(Money.of("100.00"),
                BudgetClassification.ONGOING, "三年期项目的第二年"), AssessmentStanding.none(), FINANCE, T2);
        assertThat(ongoing.current().classificationReason()).isEqualTo("三年期项目的第二年");
    }

    @Test
    void theAmountMustBeMoreThanZero() {
        assertThatThrownBy(() -> BudgetArrangement.arrange(parking(), amount("0.00"), adjustedTo(CAP), FINANCE, T2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ARRANGEMENT_AMOUNT_NOT_POSITIVE");
        assertThatThrownBy(() -> BudgetArrangement.arrange(parking(), amount("-5.00"), adjustedTo(CAP), FINANCE, T2))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void revisionsAreKeptAndEachIsCheckedAgainstTheCap() {
        AssessmentStanding standing = adjustedTo(CAP);
        BudgetArrangement a = BudgetArrangement.arrange(parking(), amount("600000.00"), standing, FINANCE, T1);
        a.pullEvents();
        a.revise(amount("800000.00"), standing, FINANCE, T2);
        assertThatThrownBy(() -> a.revise(amount("800000.01"), standing, FINANCE, T2)).isInstanceOf(RuleViolationException.class);
        a.revise(amount("800000.00"), standing, FINANCE, T2);

        assertThat(a.getRevisions()).extracting(ArrangementRevision::number, ArrangementRevision::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Money.of("600000.00")), org.assertj.core.groups.Tuple.tuple(2, CAP));
        assertThat(a.pullEvents()).containsExactly(new BudgetArrangementRevised(PreAssessmentFixtures.PARKING, 2, BudgetClassification.NEW, CAP));
    }

    @Test
    void aRevisionKeepsTheClassificationUnlessItNamesOne() {
        BudgetArrangement a = BudgetArrangement.arrange(parking(), new ArrangementProposal(Money.of("100.00"), BudgetClassification.ONGOING,
                "延续执行"), AssessmentStanding.none(), FINANCE, T1);
        a.revise(amount("200.00"), AssessmentStanding.none(), FINANCE, T2);
        assertThat(a.getClassification()).isEqualTo(BudgetClassification.ONGOING);
        assertThat(a.current().classificationReason()).isEqualTo("延续执行");
        assertThatThrownBy(() -> a.revise(new ArrangementProposal(Money.of("300.00"), BudgetClassification.NEW, null),
                AssessmentStanding.none(), FINANCE, T2)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(BudgetArrangement.ASSESSMENT_MISSING);
    }
}
