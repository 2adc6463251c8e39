package cn.gov.daxiang.perf.domain.indicator;

import java.util.Locale;

/**
 * Which library templates a search returns. Every criterion is optional (null); an absent one matches
 * all. {@link #matches} is the meaning: a SQL implementation must return exactly the templates it accepts.
 *
 * @param keyword  contained (ignoring case) in the name, the explanation or one of the keywords
 * @param level1   the level-1 group code, exactly
 * @param level2   the level-2 category code, exactly
 * @param industry the industry, exactly (通用 templates are not added implicitly: search them by name)
 * @param active   only active (true) or inactive (false) templates
 */
public record TemplateSearchCriteria(String keyword, String level1, String level2, String industry, Boolean active) {

    public TemplateSearchCriteria {
        keyword = blankToNull(keyword);
        level1 = level1 == null || level1.isBlank() ? null : level1.strip().toUpperCase(Locale.ROOT);
        level2 = level2 == null || level2.isBlank() ? null : level2.strip().toUpperCase(Locale.ROOT);
        industry = blankToNull(industry);
    }

    public static TemplateSearchCriteria any() {
        return new TemplateSearchCriteria(null, null, null, null, null);
    }

    /** What units see: active templates only. */
    public static TemplateSearchCriteria activeOnly() {
        return new TemplateSearchCriteria(null, null, null, null, true);
    }

    public boolean matches(IndicatorTemplate template) {
        return (level1 == null || level1.equals(template.getLevel1()))
                && (level2 == null || level2.equals(template.getLevel2()))
                && (industry == null || industry.equals(template.getIndustry()))
                && (active == null || active == template.isActive())
                && (keyword == null || mentionsKeyword(template));
    }

    private boolean mentionsKeyword(IndicatorTemplate template) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return contains(template.getName(), k)
                || template.getExplanation().map(e -> contains(e, k)).orElse(false)
                || template.getKeywords().stream().anyMatch(w -> contains(w, k));
    }

    private static boolean contains(String text, String lowerKeyword) {
        return text.toLowerCase(Locale.ROOT).contains(lowerKeyword);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
