package cn.gov.daxiang.perf.domain.allocation;

import cn.gov.daxiang.perf.domain.grade.EvaluationType;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.FINANCE;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.T1;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.T2;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.graded;
import static cn.gov.daxiang.perf.domain.allocation.AllocationFixtures.result;
import static cn.gov.daxiang.perf.domain.grade.EvaluationType.KEY_EVALUATION;
import static cn.gov.daxiang.perf.domain.grade.EvaluationType.SELF_EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationPolicyTest {

    private static final List<EvaluationType> KEY_ONLY = List.of(KEY_EVALUATION);

    private static List<AllocationRule> gradesExcept(Grade left) {
        List<AllocationRule> rules = new ArrayList<>(AllocationPolicy.standardRules().stream()
                .filter(r -> r.evaluationType() == KEY_EVALUATION && r.grade() != left).toList());
        return rules;
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (InvalidValueException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_default_maps_every_grade_of_both_types_as_the_district_rules_say() {
        AllocationPolicy policy = AllocationPolicy.standard();
        assertThat(policy.getVersion()).isEqualTo(1);
        assertThat(policy.getPrecedence()).containsExactly(KEY_EVALUATION, SELF_EVALUATION);
        for (EvaluationType type : List.of(KEY_EVALUATION, SELF_EVALUATION)) {
            assertThat(policy.ruleFor(type, graded("95.00", Grade.EXCELLENT)).orElseThrow().treatment()).isEqualTo(Treatment.KEY_SUPPORT);
            assertThat(policy.ruleFor(type, graded("85.00", Grade.GOOD)).orElseThrow().treatment()).isEqualTo(Treatment.PRIORITY);
            AllocationRule medium = policy.ruleFor(type, graded("75.00", Grade.MEDIUM)).orElseThrow();
            AllocationRule weak = policy.ruleFor(type, graded("65.00", Grade.WEAK)).orElseThrow();
            assertThat(List.of(medium, weak)).allSatisfy(r -> {
                assertThat(r.treatment()).isEqualTo(Treatment.REDUCE_OR_MERGE);
                assertThat(r.adjustment()).isEqualTo(Adjustment.of("-10"));
            });
            assertThat(policy.ruleFor(type, graded("40.00", Grade.POOR)).orElseThrow().treatment()).isEqualTo(Treatment.CANCEL);
        }
        assertThat(policy.ruleFor(EvaluationType.DEPARTMENT_EVALUATION, graded("95.00", Grade.EXCELLENT))).isEmpty();
    }

    @Test
    void a_grade_left_unmapped_is_refused_naming_it() {
        InvalidValueException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
                () -> AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, gradesExcept(Grade.WEAK), FINANCE, T1));
        assertThat(refused.code()).isEqualTo("ALLOCATION_GRADE_NOT_MAPPED");
        assertThat(refused.arguments()).containsEntry("grades", "WEAK");
    }

    @Test
    void a_grade_mapped_twice_is_refused() {
        List<AllocationRule> rules = new ArrayList<>(gradesExcept(null));
        rules.add(AllocationRule.ofGrade(KEY_EVALUATION, Grade.GOOD, Treatment.KEY_SUPPORT, "5"));
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, rules, FINANCE, T1)))
                .isEqualTo("ALLOCATION_GRADE_MAPPED_TWICE");
    }

    @Test
    void score_ranges_with_a_gap_an_overlap_or_short_of_100_are_refused() {
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, List.of(
                AllocationRule.ofRange(KEY_EVALUATION, "0", "60", Treatment.CANCEL, "-100"),
                AllocationRule.ofRange(KEY_EVALUATION, "61", "100", Treatment.PRIORITY, "0")), FINANCE, T1)))
                .isEqualTo("ALLOCATION_RANGES_GAP");
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, List.of(
                AllocationRule.ofRange(KEY_EVALUATION, "0", "60", Treatment.CANCEL, "-100"),
                AllocationRule.ofRange(KEY_EVALUATION, "59.99", "100", Treatment.PRIORITY, "0")), FINANCE, T1)))
                .isEqualTo("ALLOCATION_RANGES_OVERLAP");
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, List.of(
                AllocationRule.ofRange(KEY_EVALUATION, "0", "60", Treatment.CANCEL, "-100"),
                AllocationRule.ofRange(KEY_EVALUATION, "60", "99", Treatment.PRIORITY, "0")), FINANCE, T1)))
                .isEqualTo("ALLOCATION_RANGES_GAP");
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, List.of(
                AllocationRule.ofRange(KEY_EVALUATION, "10", "100", Treatment.PRIORITY, "0")), FINANCE, T1)))
                .isEqualTo("ALLOCATION_RANGES_GAP");
    }

    @Test
    void grade_and_range_rules_are_not_mixed_within_a_type() {
        List<AllocationRule> rules = new ArrayList<>(gradesExcept(null));
        rules.add(AllocationRule.ofRange(KEY_EVALUATION, "0", "100", Treatment.PRIORITY, "0"));
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, rules, FINANCE, T1)))
                .isEqualTo("ALLOCATION_RULES_MIXED");
    }

    @Test
    void every_counted_type_needs_rules_and_no_uncounted_type_may_have_any() {
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), List.of(KEY_EVALUATION, SELF_EVALUATION),
                gradesExcept(null), FINANCE, T1))).isEqualTo("ALLOCATION_TYPE_WITHOUT_RULES");
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), List.of(SELF_EVALUATION),
                AllocationPolicy.standardRules(), FINANCE, T1))).isEqualTo("ALLOCATION_RULE_TYPE_NOT_COUNTED");
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), List.of(KEY_EVALUATION, KEY_EVALUATION),
                gradesExcept(null), FINANCE, T1))).isEqualTo("ALLOCATION_PRECEDENCE_DUPLICATE");
        assertThat(code(() -> AllocationPolicy.publish(AllocationPolicy.standard(), List.of(), gradesExcept(null), FINANCE, T1)))
                .isEqualTo("ALLOCATION_PRECEDENCE_EMPTY");
    }

    @Test
    void an_adjustment_must_fit_its_treatment() {
        assertThat(code(() -> AllocationRule.ofGrade(KEY_EVALUATION, Grade.POOR, Treatment.CANCEL, "-50")))
                .isEqualTo("ALLOCATION_ADJUSTMENT_CONTRADICTS_TREATMENT");
        assertThat(code(() -> AllocationRule.ofGrade(KEY_EVALUATION, Grade.MEDIUM, Treatment.REDUCE_OR_MERGE, "0")))
                .isEqualTo("ALLOCATION_ADJUSTMENT_CONTRADICTS_TREATMENT");
        assertThat(code(() -> AllocationRule.ofGrade(KEY_EVALUATION, Grade.MEDIUM, Treatment.REDUCE_OR_MERGE, "-100")))
                .isEqualTo("ALLOCATION_ADJUSTMENT_CONTRADICTS_TREATMENT");
        assertThat(code(() -> AllocationRule.ofGrade(KEY_EVALUATION, Grade.EXCELLENT, Treatment.KEY_SUPPORT, "-1")))
                .isEqualTo("ALLOCATION_ADJUSTMENT_CONTRADICTS_TREATMENT");
        assertThat(AllocationRule.ofGrade(KEY_EVALUATION, Grade.EXCELLENT, Treatment.KEY_SUPPORT, "15").adjustment())
                .isEqualTo(Adjustment.of("15.00"));
    }

    @Test
    void key_evaluations_count_over_self_evaluations_by_default_and_the_latest_of_a_type_wins() {
        AllocationPolicy policy = AllocationPolicy.standard();
        EvaluationResult selfLater = result(SELF_EVALUATION, "95.00", Grade.EXCELLENT, T2);
        EvaluationResult keyEarlier = result(KEY_EVALUATION, "75.00", Grade.MEDIUM, T1);
        EvaluationResult keyLater = result(KEY_EVALUATION, "85.00", Grade.GOOD, T2);
        assertThat(policy.counting(List.of(selfLater, keyEarlier))).contains(keyEarlier);
        assertThat(policy.counting(List.of(keyEarlier, selfLater, keyLater))).contains(keyLater);
        assertThat(policy.counting(List.of(selfLater))).contains(selfLater);

        AllocationPolicy selfFirst = AllocationPolicy.publish(policy, List.of(SELF_EVALUATION, KEY_EVALUATION),
                AllocationPolicy.standardRules(), FINANCE, T1);
        assertThat(selfFirst.counting(List.of(keyEarlier, selfLater))).contains(selfLater);
    }

    @Test
    void publishing_makes_the_next_version_and_records_it() {
        AllocationPolicy next = AllocationPolicy.publish(AllocationPolicy.standard(), List.of(KEY_EVALUATION, SELF_EVALUATION),
                AllocationPolicy.standardRules(), FINANCE, T1);
        assertThat(next.getVersion()).isEqualTo(2);
        assertThat(next.pullEvents()).containsExactly(new AllocationPolicyPublished(2));
        assertThat(next.getPublishedBy()).contains(FINANCE);
    }

    @Test
    void a_score_of_100_falls_in_the_last_range_and_each_bound_starts_its_own_range() {
        AllocationPolicy policy = AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, List.of(
                AllocationRule.ofRange(KEY_EVALUATION, "60", "90", Treatment.PRIORITY, "0"),
                AllocationRule.ofRange(KEY_EVALUATION, "0", "60", Treatment.CANCEL, "-100"),
                AllocationRule.ofRange(KEY_EVALUATION, "90", "100", Treatment.KEY_SUPPORT, "10")), FINANCE, T1);
        assertThat(policy.ruleFor(KEY_EVALUATION, graded("100.00", Grade.EXCELLENT)).orElseThrow().treatment()).isEqualTo(Treatment.KEY_SUPPORT);
        assertThat(policy.ruleFor(KEY_EVALUATION, graded("90.00", Grade.EXCELLENT)).orElseThrow().treatment()).isEqualTo(Treatment.KEY_SUPPORT);
        assertThat(policy.ruleFor(KEY_EVALUATION, graded("89.99", Grade.GOOD)).orElseThrow().treatment()).isEqualTo(Treatment.PRIORITY);
        assertThat(policy.ruleFor(KEY_EVALUATION, graded("0.00", Grade.POOR)).orElseThrow().treatment()).isEqualTo(Treatment.CANCEL);
    }

    @Test
    void any_partition_of_0_to_100_covers_every_score_by_exactly_one_range() {
        long seed = Seeds.seed("any partition of 0 to 100 covers every score by exactly one range");
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            TreeSet<BigDecimal> cuts = new TreeSet<>();
            int count = 1 + random.nextInt(6);
            while (cuts.size() < count) {
                cuts.add(BigDecimal.valueOf(1 + random.nextInt(9998), 2));
            }
            List<BigDecimal> bounds = new ArrayList<>();
            bounds.add(BigDecimal.ZERO);
            bounds.addAll(cuts);
            bounds.add(BigDecimal.valueOf(100));
            List<AllocationRule> rules = new ArrayList<>();
            for (int i = 0; i + 1 < bounds.size(); i++) {
                rules.add(new AllocationRule(KEY_EVALUATION, null, bounds.get(i), bounds.get(i + 1), Treatment.PRIORITY,
                        new Adjustment(BigDecimal.valueOf(i))));
            }
            java.util.Collections.shuffle(rules, random);
            AllocationPolicy policy = AllocationPolicy.publish(AllocationPolicy.standard(), KEY_ONLY, rules, FINANCE, T1);
            for (int probe = 0; probe < 50; probe++) {
                BigDecimal score = BigDecimal.valueOf(random.nextInt(10001), 2);
                AllocationRule rule = policy.ruleFor(KEY_EVALUATION, graded(score.toPlainString(), Grade.GOOD)).orElseThrow();
                long covering = rules.stream().filter(r -> score.compareTo(r.minScore()) >= 0
                        && (score.compareTo(r.maxScore()) < 0 || r.maxScore().compareTo(BigDecimal.valueOf(100)) == 0)).count();
                assertThat(covering).as("seed=%d score=%s", seed, score).isEqualTo(1);
                assertThat(score).as("seed=%d", seed).isGreaterThanOrEqualTo(rule.minScore()).isLessThanOrEqualTo(rule.maxScore());
            }
        }
    }

    @Test
    void an_adjustment_applies_to_the_base_rounded_half_up_to_the_fen() {
        assertThat(Adjustment.of("-10").applyTo(Money.of("1000000.00"))).isEqualTo(Money.of("900000.00"));
        assertThat(Adjustment.of("-10").applyTo(Money.of("0.05"))).isEqualTo(Money.of("0.05"));
        assertThat(Adjustment.of("-33.33").applyTo(Money.of("100.00"))).isEqualTo(Money.of("66.67"));
        assertThat(Adjustment.of("-100").applyTo(Money.of("33800000.00"))).isEqualTo(Money.ZERO);
        assertThat(code(() -> Adjustment.of("-100.01"))).isEqualTo("ALLOCATION_ADJUSTMENT_OUT_OF_RANGE");
        assertThat(code(() -> Adjustment.of("-10.001"))).isEqualTo("ALLOCATION_ADJUSTMENT_TOO_PRECISE");
        assertThat(code(() -> Adjustment.of("ten"))).isEqualTo("ALLOCATION_ADJUSTMENT_MALFORMED");
    }
}
