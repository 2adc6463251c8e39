package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What finance writes about a library indicator: where it belongs and how it is usually measured.
 *
 * @param industry          行业/职能, e.g. 教育, 卫生健康, 水利, or {@value #GENERAL} for any industry
 * @param typicalUnit       usual 计量单位; null when none is typical
 * @param typicalComparator usual direction of a quantitative indicator; null for qualitative ones
 * @param explanation       指标解释; null when not given
 * @param keywords          search words beyond the name, trimmed, without blanks and duplicates
 */
public record TemplateDetails(String industry, String level1, String level2, String name, ValueType valueType,
                              String typicalUnit, Comparator typicalComparator, String explanation,
                              List<String> keywords) {

    /** The industry of templates that suit every unit (通用指标). */
    public static final String GENERAL = "通用";
    public static final int INDUSTRY_MAX_LENGTH = 50;
    public static final int MAX_KEYWORDS = 20;
    public static final int KEYWORD_MAX_LENGTH = 30;

    public TemplateDetails {
        industry = Texts.required("industry", industry, INDUSTRY_MAX_LENGTH);
        level1 = Texts.required("level1", level1, 40).toUpperCase(Locale.ROOT);
        level2 = Texts.required("level2", level2, 40).toUpperCase(Locale.ROOT);
        name = Texts.required("name", name, Indicator.NAME_MAX_LENGTH);
        Objects.requireNonNull(valueType, "valueType");
        typicalUnit = Texts.optional("typicalUnit", typicalUnit, Indicator.UNIT_MAX_LENGTH);
        explanation = Texts.optional("explanation", explanation, Indicator.EXPLANATION_MAX_LENGTH);
        if (valueType == ValueType.QUALITATIVE && typicalComparator != null) {
            throw new InvalidValueException("typicalComparator", "QUALITATIVE_INDICATOR_WITH_NUMERIC_TARGET", Map.of("name", name));
        }
        keywords = checkedKeywords(keywords == null ? List.of() : keywords);
    }

    public boolean isGeneral() {
        return GENERAL.equals(industry);
    }

    private static List<String> checkedKeywords(List<String> keywords) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String keyword : keywords) {
            String k = Texts.optional("keywords", keyword, KEYWORD_MAX_LENGTH);
            if (k != null) {
                distinct.add(k);
            }
        }
        if (distinct.size() > MAX_KEYWORDS) {
            throw new InvalidValueException("keywords", "INDICATOR_TEMPLATE_TOO_MANY_KEYWORDS",
                    Map.of("count", distinct.size(), "max", MAX_KEYWORDS));
        }
        return List.copyOf(distinct);
    }
}
