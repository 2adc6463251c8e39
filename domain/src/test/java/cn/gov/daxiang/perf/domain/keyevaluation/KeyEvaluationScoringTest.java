package cn.gov.daxiang.perf.domain.keyevaluation;

import cn.gov.daxiang.perf.domain.framework.IndicatorNode;
import cn.gov.daxiang.perf.domain.grade.Grade;
import cn.gov.daxiang.perf.domain.grade.GradeScheme;
import cn.gov.daxiang.perf.domain.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.EVALUATOR;
import static cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluations.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyEvaluationScoringTest {

    @Test
    void a_sheet_with_bad_lines_records_nothing_and_names_every_bad_line() {
        KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
        evaluation.score(List.of(new ScoreEntry("A11", new BigDecimal("4"), null)));
        List<ScoreEntry> sheet = List.of(
                new ScoreEntry("A12", new BigDecimal("3"), "到位不及时"),      // fine
                new ScoreEntry("A1", new BigDecimal("3"), "x"),                // a level-2 indicator
                new ScoreEntry("Z99", new BigDecimal("3"), "x"),               // unknown
                new ScoreEntry("A21", new BigDecimal("6.01"), "x"),            // above its 6 points
                new ScoreEntry("A22", new BigDecimal("-1"), "x"),              // negative
                new ScoreEntry("B11", new BigDecimal("3.555"), "x"),           // three decimals
                new ScoreEntry("B12", new BigDecimal("3"), " "),               // deduction without a note
                new ScoreEntry("A12", new BigDecimal("4"), null),              // twice
                new ScoreEntry(null, new BigDecimal("1"), "x"),                // no code
                new ScoreEntry("B21", null, "x"));                             // no score
        assertThatThrownBy(() -> evaluation.score(sheet)).isInstanceOfSatisfying(ScoreSheetRejectedException.class, e -> {
            assertThat(e.arguments()).containsEntry("count", 9);
            assertThat(e.problems()).extracting(ScoreSheetProblem::index, ScoreSheetProblem::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "SCORE_INDICATOR_NOT_LEVEL3"),
                    org.assertj.core.groups.Tuple.tuple(2, "SCORE_INDICATOR_NOT_LEVEL3"),
                    org.assertj.core.groups.Tuple.tuple(3, "SCORE_NOT_WITHIN_POINTS"),
                    org.assertj.core.groups.Tuple.tuple(4, "SCORE_NOT_WITHIN_POINTS"),
                    org.assertj.core.groups.Tuple.tuple(5, "SCORE_TOO_PRECISE"),
                    org.assertj.core.groups.Tuple.tuple(6, "SCORE_NOTE_REQUIRED"),
                    org.assertj.core.groups.Tuple.tuple(7, "SCORE_INDICATOR_DUPLICATE"),
                    org.assertj.core.groups.Tuple.tuple(8, "SCORE_INDICATOR_REQUIRED"),
                    org.assertj.core.groups.Tuple.tuple(9, "SCORE_REQUIRED"));
        });
        assertThat(evaluation.getScores()).extracting(RecordedScore::indicatorCode).containsExactly("A11");
        assertThat(evaluation.pullEvents()).filteredOn(e -> e instanceof KeyEvaluationScored).hasSize(1);
    }

    @ParameterizedTest(name = "score {0} of {1} points is accepted")
    @CsvSource({"0, 4", "0.00, 4", "4, 4", "4.00, 4", "3.99, 4"})
    void scores_from_zero_to_the_points_with_two_decimals_are_accepted(String score, String points) {
        KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
        evaluation.score(List.of(new ScoreEntry("A11", new BigDecimal(score), "说明")));
        assertThat(evaluation.scoreOf("A11").orElseThrow().score().value()).isEqualByComparingTo(score);
    }

    @Test
    void a_full_score_needs_no_note_and_a_later_sheet_replaces_only_its_own_indicators() {
        KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
        evaluation.score(List.of(new ScoreEntry("A11", new BigDecimal("4"), null), new ScoreEntry("A12", new BigDecimal("4"), null)));
        evaluation.score(List.of(new ScoreEntry("A12", new BigDecimal("2.5"), "到位滞后两个月")));
        assertThat(evaluation.scoreOf("A11").orElseThrow().score().value()).isEqualByComparingTo("4");
        assertThat(evaluation.scoreOf("A12").orElseThrow().note()).isEqualTo("到位滞后两个月");
        assertThat(evaluation.total().value()).isEqualByComparingTo("6.50");
    }

    static Stream<Arguments> districtBandEdges() {
        return Stream.of(
                Arguments.of("89.99", Grade.GOOD), Arguments.of("90.00", Grade.EXCELLENT),
                Arguments.of("79.99", Grade.WEAK), Arguments.of("80.00", Grade.GOOD),
                Arguments.of("69.99", Grade.POOR), Arguments.of("70.00", Grade.WEAK),
                Arguments.of("100.00", Grade.EXCELLENT), Arguments.of("0.00", Grade.POOR));
    }

    @ParameterizedTest(name = "a total of {0} grades {1} with the district scheme")
    @MethodSource("districtBandEdges")
    void submission_grades_the_total_with_the_district_scheme_at_the_band_edges(String total, Grade grade) {
        KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
        evaluation.score(KeyEvaluations.sheetLosing(evaluation, new BigDecimal("100").subtract(new BigDecimal(total)).toPlainString()));
        var result = evaluation.submit(GradeScheme.district2024(), EVALUATOR, NOW);
        assertThat(result.score().value()).isEqualByComparingTo(total);
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.schemeId().value()).isEqualTo("district-2024");
    }

    @Test
    void the_total_is_the_sum_of_the_scores_for_random_sheets() {
        long seed = Seeds.seed("key-evaluation total");
        Random random = new Random(seed);
        for (int run = 0; run < 200; run++) {
            KeyEvaluation evaluation = KeyEvaluations.inFieldwork();
            List<IndicatorNode> leaves = evaluation.getFramework().orElseThrow().indicators().leaves();
            List<ScoreEntry> sheet = new ArrayList<>();
            BigDecimal expected = BigDecimal.ZERO;
            for (IndicatorNode leaf : leaves) {
                BigDecimal score = Seeds.decimal(random, leaf.points().intValue(), 2).min(leaf.points());
                expected = expected.add(score);
                sheet.add(new ScoreEntry(leaf.code(), score, "说明"));
            }
            evaluation.score(sheet);
            var result = evaluation.submit(GradeScheme.district2024(), EVALUATOR, NOW);
            assertThat(result.score().value()).as("seed %d run %d", seed, run).isEqualByComparingTo(expected);
            assertThat(result.grade()).as("seed %d run %d", seed, run).isEqualTo(GradeScheme.district2024().graded(result.score()).grade());
        }
    }
}
