package cn.gov.daxiang.perf.domain.goal;

import cn.gov.daxiang.perf.domain.indicator.Indicator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTaxonomy;
import cn.gov.daxiang.perf.domain.shared.Money;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a goal passes at entry (指向明确、具体细化、合理可行), before a reviewer sees it. These are
 * the defects the district's third-party review kept returning goals for. ERROR findings block
 * submission; WARNING findings are shown to the unit and to reviewers. The checks refer to the standard
 * taxonomy's codes (OUTPUT, BENEFIT, SATISFACTION, COST).
 */
public final class GoalQualityChecks {

    public static final String OUTPUT_MISSING = "GOAL_OUTPUT_INDICATORS_MISSING";
    public static final String BENEFIT_MISSING = "GOAL_BENEFIT_INDICATORS_MISSING";
    public static final String SATISFACTION_MISSING = "GOAL_SATISFACTION_INDICATORS_MISSING";
    public static final String TARGET_VALUE_MISSING = "GOAL_QUANTITATIVE_TARGET_MISSING";
    public static final String COMPARATOR_MISSING = "GOAL_QUANTITATIVE_COMPARATOR_MISSING";
    public static final String UNIT_MISSING = "GOAL_QUANTITATIVE_UNIT_MISSING";
    public static final String TARGET_TEXT_MISSING = "GOAL_QUALITATIVE_TARGET_MISSING";
    public static final String WEIGHTS_INCOMPLETE = "GOAL_INDICATOR_WEIGHTS_INCOMPLETE";
    public static final String WEIGHTS_NOT_100 = "GOAL_INDICATOR_WEIGHTS_NOT_100";
    public static final String SATISFACTION_AS_BENEFIT = "GOAL_SATISFACTION_AS_BENEFIT";
    public static final String ANNUAL_COPIES_LONG_TERM = "GOAL_ANNUAL_GOAL_COPIES_LONG_TERM_GOAL";
    public static final String DUPLICATE_INDICATOR = "GOAL_INDICATOR_NAME_DUPLICATE";
    public static final String COST_EXCEEDS_FUNDS = "GOAL_COST_EXCEEDS_PROJECT_FUNDS";
    public static final String VAGUE_TARGET = "GOAL_QUALITATIVE_TARGET_VAGUE";
    public static final String EXECUTION_RATE_AS_OUTPUT = "GOAL_EXECUTION_RATE_AS_OUTPUT";
    public static final String DEPARTMENT_DUTIES_MISSING = "GOAL_DEPARTMENT_DUTIES_MISSING";

    /** Words that promise an improvement without saying how much (财预〔2021〕101号: 定性指标应分级分档). */
    public static final List<String> STANDARD_VAGUE_WORDS = List.of(
            "较好", "良好", "有所提高", "有所提升", "有所改善", "明显提升", "明显提高", "明显改善",
            "进一步提升", "进一步提高", "进一步改善", "显著提升", "显著提高", "不断提高", "逐步提高", "稳步提升");

    /** Names of budget-execution measures, which 101号 says are not outputs of a project. */
    private static final List<String> EXECUTION_RATE_WORDS = List.of("预算执行率", "资金执行率", "支付进度");
    private static final Set<String> YUAN = Set.of("元");
    private static final Set<String> TEN_THOUSAND_YUAN = Set.of("万元");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A number, a percentage, or a Chinese ordinal grade such as 二级 or 三星. */
    private static final Pattern MEASURABLE = Pattern.compile("[0-9０-９%％]|[一二三四五六七八九十两][级星类等]");
    /** A graded target names its tiers: 优：…；良：…；中：…；差：… */
    private static final Pattern TIER = Pattern.compile("([优良中差])\\s*[:：]");

    private final List<String> vagueWords;

    public GoalQualityChecks(List<String> vagueWords) {
        this.vagueWords = List.copyOf(vagueWords);
    }

    public static GoalQualityChecks standard() {
        return new GoalQualityChecks(STANDARD_VAGUE_WORDS);
    }

    /** Every finding for this content, goal-wide findings first, then by indicator in the goal's order. */
    public List<QualityFinding> check(GoalKind kind, GoalContent content, QualityCheckContext context) {
        List<QualityFinding> findings = new ArrayList<>();
        requiredGroups(content, findings);
        departmentDuties(kind, content, findings);
        annualGoalNotCopied(content, findings);
        weights(content, findings);
        Map<String, IndicatorId> seenNames = new HashMap<>();
        for (Indicator indicator : content.indicators()) {
            completeTarget(indicator, findings);
            duplicate(indicator, seenNames, findings);
            satisfactionAsBenefit(indicator, findings);
            executionRateAsOutput(indicator, findings);
            vagueTarget(indicator, findings);
            context.funds().ifPresent(funds -> costWithinFunds(indicator, funds, findings));
        }
        return List.copyOf(findings);
    }

    /** 产出 and 效益 are what a goal is about; 满意度 is expected but some goals have no direct beneficiaries. */
    private static void requiredGroups(GoalContent content, List<QualityFinding> findings) {
        if (content.indicatorsUnder(IndicatorTaxonomy.OUTPUT).isEmpty()) {
            findings.add(QualityFinding.error(OUTPUT_MISSING, null, Map.of("level1", IndicatorTaxonomy.OUTPUT)));
        }
        if (content.indicatorsUnder(IndicatorTaxonomy.BENEFIT).isEmpty()) {
            findings.add(QualityFinding.error(BENEFIT_MISSING, null, Map.of("level1", IndicatorTaxonomy.BENEFIT)));
        }
        if (content.indicatorsUnder(IndicatorTaxonomy.SATISFACTION).isEmpty()) {
            findings.add(QualityFinding.warning(SATISFACTION_MISSING, null, Map.of("level1", IndicatorTaxonomy.SATISFACTION)));
        }
    }

    private static void departmentDuties(GoalKind kind, GoalContent content, List<QualityFinding> findings) {
        if (kind == GoalKind.DEPARTMENT_OVERALL && content.departmentDuties() == null) {
            findings.add(QualityFinding.error(DEPARTMENT_DUTIES_MISSING, null, Map.of()));
        }
    }

    /** The annual goal should say what this year delivers, not restate the project's long-term aim. */
    private static void annualGoalNotCopied(GoalContent content, List<QualityFinding> findings) {
        if (content.longTermGoal() != null
                && Texts.normalised(content.annualOverallGoal()).equals(Texts.normalised(content.longTermGoal()))) {
            findings.add(QualityFinding.warning(ANNUAL_COPIES_LONG_TERM, null, Map.of()));
        }
    }

    /** Weights are scored at self-evaluation, so a partial or lopsided set cannot be scored at all. */
    private static void weights(GoalContent content, List<QualityFinding> findings) {
        List<Indicator> indicators = content.indicators();
        long weighted = indicators.stream().filter(i -> i.weight() != null).count();
        if (weighted == 0) {
            return;
        }
        if (weighted < indicators.size()) {
            findings.add(QualityFinding.error(WEIGHTS_INCOMPLETE, null,
                    Map.of("weighted", weighted, "unweighted", indicators.size() - weighted)));
            return;
        }
        BigDecimal sum = indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            findings.add(QualityFinding.error(WEIGHTS_NOT_100, null, Map.of("sum", sum.toPlainString())));
        }
    }

    private static void completeTarget(Indicator indicator, List<QualityFinding> findings) {
        Map<String, Object> about = Map.of("name", indicator.name());
        if (indicator.isQuantitative()) {
            if (indicator.targetValue() == null) {
                findings.add(QualityFinding.error(TARGET_VALUE_MISSING, indicator.id(), about));
            }
            if (indicator.comparator() == null) {
                findings.add(QualityFinding.error(COMPARATOR_MISSING, indicator.id(), about));
            }
            if (indicator.unitOfMeasure() == null) {
                findings.add(QualityFinding.error(UNIT_MISSING, indicator.id(), about));
            }
        } else if (indicator.targetText() == null) {
            findings.add(QualityFinding.error(TARGET_TEXT_MISSING, indicator.id(), about));
        }
    }

    private static void duplicate(Indicator indicator, Map<String, IndicatorId> seenNames, List<QualityFinding> findings) {
        IndicatorId first = seenNames.putIfAbsent(Texts.normalised(indicator.name()), indicator.id());
        if (first != null) {
            findings.add(QualityFinding.error(DUPLICATE_INDICATOR, indicator.id(),
                    Map.of("name", indicator.name(), "firstIndicatorId", first.toString())));
        }
    }

    /** Satisfaction belongs under 满意度; counted as a benefit it hides that the benefit was never stated. */
    private static void satisfactionAsBenefit(Indicator indicator, List<QualityFinding> findings) {
        if (indicator.level1().equals(IndicatorTaxonomy.BENEFIT) && Texts.normalised(indicator.name()).contains("满意")) {
            findings.add(QualityFinding.warning(SATISFACTION_AS_BENEFIT, indicator.id(), Map.of("name", indicator.name())));
        }
    }

    private static void executionRateAsOutput(Indicator indicator, List<QualityFinding> findings) {
        if (indicator.level1().equals(IndicatorTaxonomy.OUTPUT)
                && EXECUTION_RATE_WORDS.stream().anyMatch(indicator.name()::contains)) {
            findings.add(QualityFinding.warning(EXECUTION_RATE_AS_OUTPUT, indicator.id(), Map.of("name", indicator.name())));
        }
    }

    private void vagueTarget(Indicator indicator, List<QualityFinding> findings) {
        String target = indicator.targetText();
        if (target == null || vagueWords.stream().noneMatch(target::contains) || isMeasurable(target)) {
            return;
        }
        findings.add(QualityFinding.warning(VAGUE_TARGET, indicator.id(), Map.of("name", indicator.name(), "target", target)));
    }

    static boolean isMeasurable(String target) {
        if (MEASURABLE.matcher(target).find()) {
            return true;
        }
        Matcher tiers = TIER.matcher(target);
        long distinctTiers = tiers.results().map(m -> m.group(1)).distinct().count();
        return distinctTiers >= 2;
    }

    /** A cost target above the whole project's funds cannot be right: usually 元 typed where 万元 was meant. */
    private static void costWithinFunds(Indicator indicator, Money funds, List<QualityFinding> findings) {
        if (!indicator.level2().equals(IndicatorTaxonomy.COST) || !indicator.isQuantitative()
                || indicator.targetValue() == null || indicator.unitOfMeasure() == null) {
            return;
        }
        String unit = Texts.normalised(indicator.unitOfMeasure());
        BigDecimal yuan;
        if (YUAN.contains(unit)) {
            yuan = indicator.targetValue();
        } else if (TEN_THOUSAND_YUAN.contains(unit)) {
            yuan = indicator.targetValue().multiply(TEN_THOUSAND);
        } else {
            return;
        }
        if (yuan.compareTo(funds.amount()) > 0) {
            findings.add(QualityFinding.error(COST_EXCEEDS_FUNDS, indicator.id(), Map.of(
                    "name", indicator.name(), "targetYuan", yuan.stripTrailingZeros().toPlainString(),
                    "projectFunds", funds.toString())));
        }
    }
}
