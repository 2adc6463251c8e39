package cn.gov.daxiang.perf.domain.grade;

import cn.gov.daxiang.perf.domain.scoring.Score;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradeSchemeCatalogTest {

    private final GradeSchemeCatalog catalog = GradeSchemeCatalog.districtDefault();

    @Test
    void keyEvaluationsFrom2023OnAreGradedByTheDistrictScheme() {
        assertThat(catalog.schemeFor(EvaluationType.KEY_EVALUATION, FiscalYear.of(2023)).getId().value()).isEqualTo("district-2024");
        assertThat(catalog.schemeFor(EvaluationType.KEY_EVALUATION, FiscalYear.of(2030)).getId().value()).isEqualTo("district-2024");
        assertThat(catalog.schemeFor(EvaluationType.KEY_EVALUATION, FiscalYear.of(2022)).getId().value()).isEqualTo("national");
    }

    @Test
    void selfEvaluationsAreGradedNationally() {
        assertThat(catalog.schemeFor(EvaluationType.SELF_EVALUATION, FiscalYear.of(2024)).getId().value()).isEqualTo("national");
    }

    @Test
    void theSameScoreGradesDifferentlyByTypeAndTheGradeNamesItsScheme() {
        FiscalYear year = FiscalYear.of(2024);

        assertThat(catalog.grade(EvaluationType.KEY_EVALUATION, year, Score.of("65")))
                .isEqualTo(new GradedScore(Score.of("65"), Grade.POOR, GradeSchemeId.of("district-2024")));
        assertThat(catalog.grade(EvaluationType.SELF_EVALUATION, year, Score.of("65")))
                .isEqualTo(new GradedScore(Score.of("65"), Grade.MEDIUM, GradeSchemeId.of("national")));
    }

    @Test
    void theLatestEntryEffectiveByTheAskedYearApplies() {
        GradeScheme strict = GradeScheme.define(GradeSchemeId.of("strict-2026"), "从严", List.of(
                GradeBand.from("95", Grade.EXCELLENT), GradeBand.from("85", Grade.GOOD), GradeBand.from("0", Grade.POOR)));
        List<GradeSchemeCatalog.Entry> entries = new ArrayList<>(catalog.entries());
        entries.add(new GradeSchemeCatalog.Entry(EvaluationType.SELF_EVALUATION, FiscalYear.of(2026), strict));
        GradeSchemeCatalog configured = new GradeSchemeCatalog(entries);

        assertThat(configured.schemeFor(EvaluationType.SELF_EVALUATION, FiscalYear.of(2025)).getId().value()).isEqualTo("national");
        assertThat(configured.schemeFor(EvaluationType.SELF_EVALUATION, FiscalYear.of(2026))).isSameAs(strict);
        assertThat(configured.schemeFor(EvaluationType.SELF_EVALUATION, FiscalYear.of(2027))).isSameAs(strict);
    }

    @Test
    void aTypeWithoutAnEntryForTheYearIsAConfigurationGap() {
        GradeSchemeCatalog only2024 = new GradeSchemeCatalog(List.of(
                new GradeSchemeCatalog.Entry(EvaluationType.KEY_EVALUATION, FiscalYear.of(2024), GradeScheme.district2024())));

        assertThatThrownBy(() -> only2024.schemeFor(EvaluationType.KEY_EVALUATION, FiscalYear.of(2023)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("GRADE_SCHEME_NOT_CONFIGURED");
                    assertThat(e.arguments()).containsEntry("evaluationType", "KEY_EVALUATION").containsEntry("fiscalYear", 2023);
                });
        assertThatThrownBy(() -> only2024.schemeFor(EvaluationType.SELF_EVALUATION, FiscalYear.of(2024)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void twoEntriesForTheSameTypeAndYearAreRefused() {
        assertThatThrownBy(() -> new GradeSchemeCatalog(List.of(
                new GradeSchemeCatalog.Entry(EvaluationType.KEY_EVALUATION, FiscalYear.of(2024), GradeScheme.district2024()),
                new GradeSchemeCatalog.Entry(EvaluationType.KEY_EVALUATION, FiscalYear.of(2024), GradeScheme.national()))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("GRADE_SCHEME_ENTRY_DUPLICATE"));
    }
}
