package cn.gov.daxiang.perf.domain.preassessment;

import cn.gov.daxiang.perf.domain.event.DomainEvent;
import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.IllegalTransitionException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import cn.gov.daxiang.perf.domain.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.FINANCE;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.REQUESTED;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.T0;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.ZHENRUI;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.draft;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.fullScores;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.parking;
import static cn.gov.daxiang.perf.domain.preassessment.PreAssessmentFixtures.underReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreAssessmentTest {

    private static final String OPINION = "项目必要，方案基本可行，建议压减设备购置费用。";

    @Test
    void aDraftCopiesTheCriteriaInForceAndTheProjectsUnitAndYear() {
        PreAssessment a = draft();
        assertThat(a.getState()).isEqualTo(PreAssessmentState.DRAFT);
        assertThat(a.getUnitCode()).isEqualTo(PreAssessmentFixtures.UNIT);
        assertThat(a.getFiscalYear()).isEqualTo(PreAssessmentFixtures.YEAR);
        assertThat(a.getCriteriaVersion()).isEqualTo(1);
        assertThat(a.getCriteria()).extracting(AssessmentCriterion::label)
                .containsExactly("申报必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性");
        assertThat(a.pullEvents()).containsExactly(new PreAssessmentDrafted(a.getId(), a.getProjectCode(), AssessmentPurpose.NEW_PROJECT));
    }

    @Test
    void theRequestedAmountMustBeMoreThanZero() {
        assertThatThrownBy(() -> draft(parking(), Money.ZERO)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("PRE_ASSESSMENT_AMOUNT_NOT_POSITIVE");
        assertThatThrownBy(() -> draft(parking(), Money.of("-1.00"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theWholeLifecycleRecordsAnEventForEveryChange() {
        PreAssessment a = draft();
        a.edit(AssessmentPurpose.CONTINUATION, Money.of("900000.00"), "压减规模");
        a.submit();
        a.returnToUnit("请补充成本测算依据");
        a.edit(AssessmentPurpose.CONTINUATION, Money.of("900000.00"), "补充了成本测算");
        a.submit();
        a.takeUp(ZHENRUI);
        a.score(fullScores());
        a.conclude(AssessmentConclusion.SUPPORT, null, OPINION, FINANCE, T0);

        List<DomainEvent> events = a.pullEvents();
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("PreAssessmentDrafted", "PreAssessmentEdited",
                "PreAssessmentSubmitted", "PreAssessmentReturned", "PreAssessmentEdited", "PreAssessmentSubmitted",
                "PreAssessmentTakenUp", "PreAssessmentScored", "PreAssessmentConcluded");
        assertThat(events).contains(new PreAssessmentTakenUp(a.getId(), ZHENRUI), new PreAssessmentReturned(a.getId(), "请补充成本测算依据"),
                new PreAssessmentConcluded(a.getId(), a.getProjectCode(), AssessmentConclusion.SUPPORT, Money.of("900000.00")));
        assertThat(a.getReturnCount()).isEqualTo(1);
        assertThat(a.getAgency()).contains(ZHENRUI);
        assertThat(a.getState()).isEqualTo(PreAssessmentState.CONCLUDED);
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        PreAssessment a = draft();
        a.pullEvents();
        a.edit(a.getPurpose(), a.getRequestedAmount(), a.getSummary().orElse(null));
        assertThat(a.pullEvents()).isEmpty();
    }

    @Test
    void eachStateAllowsOnlyItsActions() {
        PreAssessment a = draft();
        assertThatThrownBy(() -> a.takeUp(null)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> a.score(fullScores())).isInstanceOf(IllegalTransitionException.class);
        a.submit();
        assertThatThrownBy(() -> a.edit(AssessmentPurpose.NEW_PROJECT, REQUESTED, null)).isInstanceOf(IllegalTransitionException.class)
                .satisfies(e -> assertThat(((IllegalTransitionException) e).allowed()).containsExactly("TAKE_UP", "RETURN"));
        assertThatThrownBy(() -> a.conclude(AssessmentConclusion.SUPPORT, null, OPINION, FINANCE, T0))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(a::submit).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aConcludedAssessmentIsNeverChangedAgain() {
        PreAssessment a = underReview(parking(), REQUESTED);
        a.conclude(AssessmentConclusion.NOT_SUPPORTED, null, OPINION, FINANCE, T0);
        List<Runnable> everything = List.of(() -> a.edit(AssessmentPurpose.NEW_PROJECT, REQUESTED, null), a::submit, () -> a.takeUp(null),
                () -> a.score(fullScores()), () -> a.returnToUnit("再议"),
                () -> a.conclude(AssessmentConclusion.SUPPORT, null, OPINION, FINANCE, T0));
        for (Runnable action : everything) {
            assertThatThrownBy(action::run).isInstanceOf(IllegalTransitionException.class)
                    .satisfies(e -> assertThat(((IllegalTransitionException) e).allowed()).isEmpty());
        }
        assertThat(a.getConclusion()).contains(AssessmentConclusion.NOT_SUPPORTED);
        assertThat(a.getAssessedAmount()).isEmpty();
    }

    @Test
    void supportAssessesTheAmountRequestedAndRefusesAnyOther() {
        PreAssessment given = underReview(parking(), REQUESTED);
        assertThatThrownBy(() -> given.conclude(AssessmentConclusion.SUPPORT, Money.of("999999.99"), OPINION, FINANCE, T0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("PRE_ASSESSMENT_SUPPORT_AMOUNT_NOT_REQUESTED");
        given.conclude(AssessmentConclusion.SUPPORT, REQUESTED, OPINION, FINANCE, T0);
        assertThat(given.getAssessedAmount()).contains(REQUESTED);

        PreAssessment implied = underReview(parking(), REQUESTED);
        implied.conclude(AssessmentConclusion.SUPPORT, null, OPINION, FINANCE, T0);
        assertThat(implied.getAssessedAmount()).contains(REQUESTED);
        assertThat(implied.supports()).isTrue();
    }

    @Test
    void supportAfterAdjustmentNeedsAnAmountAboveZeroAndStrictlyBelowTheRequest() {
        PreAssessment a = underReview(parking(), REQUESTED);
        assertThatThrownBy(() -> a.conclude(AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, null, OPINION, FINANCE, T0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("PRE_ASSESSMENT_ADJUSTED_AMOUNT_REQUIRED");
        assertThatThrownBy(() -> a.conclude(AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, REQUESTED, OPINION, FINANCE, T0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("PRE_ASSESSMENT_ADJUSTED_AMOUNT_NOT_BELOW_REQUESTED");
        assertThatThrownBy(() -> a.conclude(AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, Money.of("1000000.01"), OPINION, FINANCE, T0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> a.conclude(AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, Money.ZERO, OPINION, FINANCE, T0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PRE_ASSESSMENT_AMOUNT_NOT_POSITIVE");
        assertThat(a.getState()).as("refusals change nothing").isEqualTo(PreAssessmentState.UNDER_REVIEW);

        a.conclude(AssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT, Money.of("999999.99"), OPINION, FINANCE, T0);
        assertThat(a.getAssessedAmount()).contains(Money.of("999999.99"));
    }

    @Test
    void notSupportedHasNoAssessedAmount() {
        PreAssessment a = underReview(parking(), REQUESTED);
        assertThatThrownBy(() -> a.conclude(AssessmentConclusion.NOT_SUPPORTED, Money.of("1.00"), OPINION, FINANCE, T0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("PRE_ASSESSMENT_AMOUNT_NOT_ALLOWED");
        a.conclude(AssessmentConclusion.NOT_SUPPORTED, null, OPINION, FINANCE, T0);
        assertThat(a.supports()).isFalse();
    }

    @Test
    void aConclusionNeedsEveryCriterionScoredAndAnOpinion() {
        PreAssessment a = draft();
        a.submit();
        a.takeUp(null);
        a.score(fullScores().subList(0, 4));
        assertThatThrownBy(() -> a.conclude(AssessmentConclusion.SUPPORT, null, OPINION, FINANCE, T0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("PRE_ASSESSMENT_CRITERIA_NOT_SCORED")
                .hasMessageContaining("FUNDING");
        a.score(List.of(CriterionScore.of("FUNDING", "20", "资金来源合规")));
        assertThatThrownBy(() -> a.conclude(AssessmentConclusion.SUPPORT, null, "  ", FINANCE, T0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("TEXT_REQUIRED");
        a.conclude(AssessmentConclusion.SUPPORT, null, OPINION, FINANCE, T0);
        assertThat(a.total()).isEqualTo(Score.of("92"));
    }

    @Test
    void scoresStayWithinEachCriterionsMaximumAndNameKnownCriteriaOnce() {
        PreAssessment a = draft();
        a.submit();
        a.takeUp(null);
        assertThatThrownBy(() -> a.score(List.of(CriterionScore.of("NECESSITY", "20.01", "超出")))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("PRE_ASSESSMENT_POINTS_OUT_OF_RANGE");
        assertThatThrownBy(() -> a.score(List.of(CriterionScore.of("NECESSITY", "-0.01", "负分")))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> a.score(List.of(CriterionScore.of("BEAUTY", "5", "未知")))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("PRE_ASSESSMENT_CRITERION_UNKNOWN");
        assertThatThrownBy(() -> a.score(List.of(CriterionScore.of("GOALS", "5", "一"), CriterionScore.of("GOALS", "6", "二"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PRE_ASSESSMENT_CRITERION_DUPLICATE");
        assertThatThrownBy(() -> CriterionScore.of("GOALS", "5.001", "过精")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CriterionScore.of("GOALS", "1e999999999", "巨大")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("SCORE_OUT_OF_RANGE");
        assertThatThrownBy(() -> CriterionScore.of("GOALS", "5", " ")).isInstanceOf(InvalidValueException.class);
        assertThat(a.getScores()).as("a refused call scores nothing").isEmpty();
    }

    @Test
    void aReturnNeedsAReasonAndTheUnitMayEditAndSubmitAgain() {
        PreAssessment a = draft();
        a.submit();
        assertThatThrownBy(() -> a.returnToUnit(" ")).isInstanceOf(InvalidValueException.class);
        a.returnToUnit("绩效目标不够细化");
        assertThat(a.getState()).isEqualTo(PreAssessmentState.RETURNED);
        assertThat(a.getReturnReason()).contains("绩效目标不够细化");
        a.edit(AssessmentPurpose.NEW_PROJECT, Money.of("950000.00"), null);
        a.submit();
        assertThat(a.getState()).isEqualTo(PreAssessmentState.SUBMITTED);
    }

    static Stream<Long> seeds() {
        long seed = Seeds.seed("pre-assessment total");
        return IntStream.range(0, 50).mapToObj(i -> seed + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theTotalIsTheSumOfThePointsWithTwoDecimalsAndNeverAbove100(long seed) {
        Random random = new Random(seed);
        PreAssessment a = draft();
        a.submit();
        a.takeUp(null);
        List<CriterionScore> scores = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (AssessmentCriterion c : a.getCriteria()) {
            BigDecimal points = Seeds.decimal(random, 21, 2).min(c.maxPoints());
            scores.add(new CriterionScore(c.code(), points, "意见"));
            sum = sum.add(points);
        }
        a.score(scores);
        assertThat(a.total().value()).isEqualByComparingTo(sum.setScale(2, RoundingMode.HALF_UP));
        assertThat(a.total().value()).isLessThanOrEqualTo(BigDecimal.valueOf(100));
        assertThat(a.isFullyScored()).isTrue();
    }
}
