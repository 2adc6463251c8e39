package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import cn.gov.daxiang.perf.domain.shared.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A level-1 indicator group (一级指标) with its level-2 categories, e.g. 产出 {数量, 质量, 时效, 成本}. */
public record IndicatorGroup(String code, String label, List<IndicatorCategory> categories) {

    public IndicatorGroup {
        code = IndicatorTaxonomy.checkedCode("level1", code);
        label = Texts.required("label", label, IndicatorTaxonomy.LABEL_MAX_LENGTH);
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new InvalidValueException("categories", "INDICATOR_GROUP_WITHOUT_CATEGORIES", Map.of("level1", code));
        }
    }

    public Optional<IndicatorCategory> category(String level2) {
        return categories.stream().filter(c -> c.code().equals(level2)).findFirst();
    }

    public List<String> categoryCodes() {
        return categories.stream().map(IndicatorCategory::code).toList();
    }
}
