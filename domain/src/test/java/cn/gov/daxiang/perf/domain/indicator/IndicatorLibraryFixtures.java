package cn.gov.daxiang.perf.domain.indicator;

import java.util.List;
import java.util.UUID;

/** A few library templates, as the finance bureau would keep them. */
final class IndicatorLibraryFixtures {

    static final IndicatorTaxonomy TAXONOMY = IndicatorTaxonomy.standard();

    private IndicatorLibraryFixtures() {
    }

    static TemplateId templateId(int n) {
        return new TemplateId(new UUID(9L, n));
    }

    static TemplateDetails details(String industry, String level1, String level2, String name, ValueType type,
                                   String unit, Comparator comparator, String... keywords) {
        return new TemplateDetails(industry, level1, level2, name, type, unit, comparator, null, List.of(keywords));
    }

    static IndicatorTemplate template(int n, String industry, String level1, String level2, String name, String unit,
                                      Comparator comparator, String... keywords) {
        return IndicatorTemplate.create(templateId(n),
                details(industry, level1, level2, name, ValueType.QUANTITATIVE, unit, comparator, keywords), TAXONOMY);
    }
}
