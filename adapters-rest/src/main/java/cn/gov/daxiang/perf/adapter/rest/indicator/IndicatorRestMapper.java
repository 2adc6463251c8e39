package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequestReader;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import org.mapstruct.Mapper;

import java.util.Map;

@Mapper
public interface IndicatorRestMapper {

    default IndicatorTemplateResponse toResponse(IndicatorTemplateDetails details) {
        return toResponse(details.template(), details.revision());
    }

    default IndicatorTemplateResponse toResponse(IndicatorTemplate t, long revision) {
        return new IndicatorTemplateResponse(t.getId().toString(), t.getIndustry(), t.getLevel1(), t.getLevel2(), t.getName(),
                t.getValueType().name(), t.getTypicalUnit().orElse(null), t.getTypicalComparator().map(Enum::name).orElse(null),
                t.getExplanation().orElse(null), t.getKeywords(), t.isActive(), revision);
    }

    default TemplateDetails toDetails(IndicatorTemplateRequest r) {
        if (r == null) {
            throw new InvalidValueException("body", "REQUEST_FIELD_REQUIRED", Map.of("field", "body"));
        }
        ValueType type = r.valueType() == null ? ValueType.QUANTITATIVE : GoalRequestReader.within("valueType", () -> ValueType.parse(r.valueType()));
        Comparator comparator = r.typicalComparator() == null || r.typicalComparator().isBlank() ? null
                : GoalRequestReader.within("typicalComparator", () -> Comparator.parse(r.typicalComparator()));
        return new TemplateDetails(r.industry(), r.level1(), r.level2(), r.name(), type, r.typicalUnit(), comparator, r.explanation(),
                r.keywords() == null ? java.util.List.of() : r.keywords());
    }
}
