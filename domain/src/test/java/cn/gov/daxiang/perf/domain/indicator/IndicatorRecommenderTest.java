package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.project.ProjectCategory;
import cn.gov.daxiang.perf.domain.project.ProjectKind;
import cn.gov.daxiang.perf.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.template;
import static cn.gov.daxiang.perf.domain.indicator.IndicatorLibraryFixtures.templateId;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.GENERAL_PURPOSE;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.IN_UNIT_SYSTEM;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.RECENT_YEAR;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.SAME_CATEGORY;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.SAME_DEPARTMENT;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.SAME_INDUSTRY;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.SAME_KIND;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.SAME_UNIT;
import static cn.gov.daxiang.perf.domain.indicator.RecommendationReason.USED_BY_SEVERAL_GOALS;
import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions for the 2024 goal of a new kindergarten (unit 105001 under the education bureau 105000). */
class IndicatorRecommenderTest {

    private static final FiscalYear Y2024 = FiscalYear.of(2024);
    private static final UnitCode EDUCATION_BUREAU = UnitCode.of("105000");
    private static final UnitCode KINDERGARTEN = UnitCode.of("105001");
    private static final UnitCode PRIMARY_SCHOOL = UnitCode.of("105002");

    private final IndicatorRecommender recommender = new IndicatorRecommender();

    private final RecommendationContext context = new RecommendationContext(Y2024, ProjectCategory.SPECIFIC_PURPOSE,
            Set.of(ProjectKind.SPECIAL_BOND), EDUCATION_BUREAU, KINDERGARTEN, "教育",
            List.of("学前教育毛入园率 "), Set.of(templateId(3)));

    private final List<IndicatorTemplate> templates = List.of(
            template(1, "教育", "OUTPUT", "QUANTITY", "学前教育毛入园率", "%", Comparator.AT_LEAST),
            template(2, "教育", "OUTPUT", "QUANTITY", "新增学位数", "个", Comparator.AT_LEAST),
            template(3, TemplateDetails.GENERAL, "SATISFACTION", "BENEFICIARY_SATISFACTION", "服务对象满意度", "%", Comparator.AT_LEAST),
            template(4, "卫生健康", "OUTPUT", "QUANTITY", "门诊人次", "人次", Comparator.AT_LEAST),
            inactive(template(5, "教育", "OUTPUT", "QUANTITY", "校舍维修面积", "平方米", Comparator.AT_LEAST)));

    private final List<ApprovedIndicatorSample> samples = List.of(
            sample(1, "新增学位数", "400", FiscalYear.of(2024), Set.of(), EDUCATION_BUREAU, PRIMARY_SCHOOL, "教育"),
            sample(2, "新增学位数。", "360", FiscalYear.of(2023), Set.of(), EDUCATION_BUREAU, KINDERGARTEN, "教育"),
            sample(3, "专项债券项目收益覆盖率", "1.2", FiscalYear.of(2022), Set.of(ProjectKind.SPECIAL_BOND),
                    UnitCode.of("201000"), UnitCode.of("201001"), "住房城乡建设"),
            sample(4, "道路绿化面积", "5000", FiscalYear.of(2024), Set.of(), UnitCode.of("301000"), UnitCode.of("301001"), "林业"),
            sample(5, "学前教育毛入园率", "90", FiscalYear.of(2023), Set.of(), EDUCATION_BUREAU, KINDERGARTEN, "教育"));

    private static IndicatorTemplate inactive(IndicatorTemplate template) {
        template.deactivate();
        return template;
    }

    private static ApprovedIndicatorSample sample(int n, String name, String target, FiscalYear year, Set<ProjectKind> kinds,
                                                  UnitCode department, UnitCode unit, String industry) {
        Indicator indicator = Indicator.quantitative(new IndicatorId(new UUID(7L, n)), "OUTPUT", "QUANTITY", name,
                Comparator.AT_LEAST, new BigDecimal(target), "个");
        return new ApprovedIndicatorSample(indicator, year, ProjectCategory.SPECIFIC_PURPOSE, kinds, department, unit, industry);
    }

    @Test
    void suggestionsAreRankedByScoreWithTheReasonsThatProducedThem() {
        List<IndicatorRecommendation> suggestions = recommender.recommend(context, templates, samples, 10);

        assertThat(suggestions).extracting(IndicatorRecommendation::name)
                .containsExactly("新增学位数", "服务对象满意度", "专项债券项目收益覆盖率");

        IndicatorRecommendation places = suggestions.get(0);
        assertThat(places.source()).isEqualTo(RecommendationSource.TEMPLATE);
        assertThat(places.template()).contains(templateId(2));
        assertThat(places.reasons()).containsExactly(SAME_INDUSTRY, SAME_UNIT, SAME_DEPARTMENT, SAME_CATEGORY,
                RECENT_YEAR, USED_BY_SEVERAL_GOALS);
        assertThat(places.goalCount()).isEqualTo(2);
        assertThat(places.score()).isEqualTo(30 + 25 + 15 + 10 + 5 + 5);

        IndicatorRecommendation satisfaction = suggestions.get(1);
        assertThat(satisfaction.reasons()).containsExactly(IN_UNIT_SYSTEM, GENERAL_PURPOSE);
        assertThat(satisfaction.score()).isEqualTo(45);
        assertThat(satisfaction.goalCount()).isZero();

        IndicatorRecommendation bondCoverage = suggestions.get(2);
        assertThat(bondCoverage.source()).isEqualTo(RecommendationSource.APPROVED_GOAL);
        assertThat(bondCoverage.template()).isEmpty();
        assertThat(bondCoverage.reasons()).containsExactly(SAME_KIND, SAME_CATEGORY, RECENT_YEAR);
        assertThat(bondCoverage.score()).isEqualTo(30);
        assertThat(bondCoverage.proposal().targetValue()).isEqualByComparingTo("1.2");
    }

    @Test
    void whatTheGoalAlreadyHasIsNeverSuggestedEvenWrittenDifferently() {
        assertThat(recommender.recommend(context, templates, samples, 10))
                .extracting(IndicatorRecommendation::name).doesNotContain("学前教育毛入园率");
    }

    @Test
    void inactiveTemplatesAndCandidatesWithOnlyWeakResemblanceAreLeftOut() {
        List<String> names = recommender.recommend(context, templates, samples, 10).stream()
                .map(IndicatorRecommendation::name).toList();
        assertThat(names).doesNotContain("校舍维修面积", "门诊人次", "道路绿化面积");
    }

    @Test
    void theSameIndicatorFromSeveralGoalsIsOneSuggestionProposingTheClosestGoalsWording() {
        List<ApprovedIndicatorSample> onlySamples = List.of(samples.get(0), samples.get(1));

        List<IndicatorRecommendation> suggestions = recommender.recommend(context, List.of(), onlySamples, 10);

        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(RecommendationSource.APPROVED_GOAL);
            assertThat(s.goalCount()).isEqualTo(2);
            assertThat(s.proposal().name()).as("the same unit's own wording wins").isEqualTo("新增学位数。");
            assertThat(s.proposal().targetValue()).isEqualByComparingTo("360");
        });
    }

    @Test
    void usageByManyGoalsAddsAtMostTwentyPoints() {
        assertThat(USED_BY_SEVERAL_GOALS.pointsFor(2)).isEqualTo(5);
        assertThat(USED_BY_SEVERAL_GOALS.pointsFor(4)).isEqualTo(15);
        assertThat(USED_BY_SEVERAL_GOALS.pointsFor(9)).isEqualTo(20);
        assertThat(SAME_UNIT.pointsFor(9)).isEqualTo(SAME_UNIT.points());
    }

    @Test
    void equalScoresAreOrderedByNameAndTheOrderDoesNotDependOnTheInput() {
        List<IndicatorTemplate> sameScore = new ArrayList<>(List.of(
                template(11, "教育", "OUTPUT", "QUANTITY", "在园幼儿数", "人", Comparator.AT_LEAST),
                template(12, "教育", "OUTPUT", "QUANTITY", "专任教师数", "人", Comparator.AT_LEAST),
                template(13, "教育", "OUTPUT", "TIMELINESS", "开学前完工率", "%", Comparator.AT_LEAST)));
        List<String> expected = List.of("专任教师数", "在园幼儿数", "开学前完工率");

        Random random = new Random(20240108L);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(sameScore, random);
            assertThat(recommender.recommend(context, sameScore, List.of(), 10))
                    .extracting(IndicatorRecommendation::name).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void atMostTheRequestedNumberOfSuggestionsIsReturned() {
        assertThat(recommender.recommend(context, templates, samples, 2)).extracting(IndicatorRecommendation::name)
                .containsExactly("新增学位数", "服务对象满意度");
    }

    @Test
    void aSampleFromAnotherIndustryOfTheSameDepartmentIsStillRelated() {
        ApprovedIndicatorSample canteen = sample(9, "食堂食品安全抽检合格率", "100", FiscalYear.of(2020), Set.of(),
                EDUCATION_BUREAU, PRIMARY_SCHOOL, null);
        assertThat(recommender.recommend(context, List.of(), List.of(canteen), 10)).singleElement()
                .satisfies(s -> assertThat(s.reasons()).containsExactly(SAME_DEPARTMENT, SAME_CATEGORY));
    }
}
