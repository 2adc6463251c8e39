package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradeSchemeTest {

    @ParameterizedTest(name = "{0} → district {1}, national {2}")
    @CsvSource({
            "0.00,   POOR,      POOR",
            "59.99,  POOR,      POOR",
            "60.00,  POOR,      MEDIUM",
            "65.00,  POOR,      MEDIUM",
            "69.99,  POOR,      MEDIUM",
            "70.00,  WEAK,      MEDIUM",
            "75.00,  WEAK,      MEDIUM",
            "79.99,  WEAK,      MEDIUM",
            "80.00,  GOOD,      GOOD",
            "89.99,  GOOD,      GOOD",
            "90.00,  EXCELLENT, EXCELLENT",
            "100.00, EXCELLENT, EXCELLENT"})
    void lowerBoundsAreInclusiveInBothSchemes(String score, Grade district, Grade national) {
        assertThat(GradeScheme.district2024().grade(Score.of(score))).isEqualTo(district);
        assertThat(GradeScheme.national().grade(Score.of(score))).isEqualTo(national);
    }

    @Test
    void theDistrictSchemeHasNoMediumAndTheNationalSchemeNoWeak() {
        assertThat(GradeScheme.district2024().getBands()).extracting(GradeBand::grade)
                .containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.WEAK, Grade.POOR);
        assertThat(GradeScheme.national().getBands()).extracting(GradeBand::grade)
                .containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.MEDIUM, Grade.POOR);
    }

    @Test
    void gradesCarryTheirChineseLabels() {
        assertThat(List.of(Grade.values())).extracting(Grade::label).containsExactly("优", "良", "中", "较差", "差");
    }

    @Test
    void aGradedScoreRecordsTheSchemeThatGaveIt() {
        GradedScore graded = GradeScheme.district2024().graded(Score.of("88.37"));

        assertThat(graded).isEqualTo(new GradedScore(Score.of("88.37"), Grade.GOOD, GradeSchemeId.of("district-2024")));
        assertThat(GradeScheme.national().graded(Score.of("88.37")).schemeId()).isEqualTo(GradeSchemeId.of("national"));
    }

    @Test
    void boundsMustStrictlyDescend() {
        assertRefused(List.of(GradeBand.from("80", Grade.EXCELLENT), GradeBand.from("90", Grade.GOOD),
                GradeBand.from("0", Grade.POOR)), "GRADE_SCHEME_BOUNDS_NOT_DESCENDING");
        assertRefused(List.of(GradeBand.from("80", Grade.EXCELLENT), GradeBand.from("80", Grade.GOOD),
                GradeBand.from("0", Grade.POOR)), "GRADE_SCHEME_BOUNDS_NOT_DESCENDING");
    }

    @Test
    void theLowestBandMustStartAtZeroSoThatEveryScoreHasAGrade() {
        assertRefused(List.of(GradeBand.from("90", Grade.EXCELLENT), GradeBand.from("60", Grade.MEDIUM)),
                "GRADE_SCHEME_LOWEST_BOUND_NOT_ZERO");
    }

    @Test
    void aGradeAppearsOnceInAScheme() {
        assertRefused(List.of(GradeBand.from("90", Grade.GOOD), GradeBand.from("80", Grade.GOOD),
                GradeBand.from("0", Grade.POOR)), "GRADE_SCHEME_DUPLICATE_GRADE");
    }

    @Test
    void aSchemeHasAtLeastOneBand() {
        assertRefused(List.of(), "GRADE_SCHEME_WITHOUT_BANDS");
    }

    @Test
    void boundsAreScoresOnTheHundredPointScale() {
        assertThatThrownBy(() -> GradeBand.from("100.01", Grade.EXCELLENT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("SCORE_OUT_OF_RANGE"));
    }

    @Test
    void schemeIdsAreLowerCaseWordsJoinedByHyphens() {
        assertThat(GradeSchemeId.of("hunan-2025").value()).isEqualTo("hunan-2025");
        assertThatThrownBy(() -> GradeSchemeId.of("Hunan 2025"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("GRADE_SCHEME_ID_MALFORMED"));
    }

    @Test
    void aRestoredSchemeEqualsTheDefinedOne() {
        GradeScheme district = GradeScheme.district2024();
        GradeScheme restored = GradeScheme.restore(district.getId(), district.getName(), district.getBands());

        assertThat(restored).isEqualTo(district);
        assertThat(restored.grade(Score.of("70.00"))).isEqualTo(Grade.WEAK);
    }

    private static void assertRefused(List<GradeBand> bands, String code) {
        assertThatThrownBy(() -> GradeScheme.define(GradeSchemeId.of("custom"), "自定义", bands))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
