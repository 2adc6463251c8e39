package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper
public interface IndicatorRestMapper {

    default IndicatorTemplateResponse toResponse(IndicatorTemplateDetails details) {
        return toResponse(details.template(), details.revision());
    }

    default IndicatorTemplateResponse toResponse(IndicatorTemplate t, long revision) {
        return new IndicatorTemplateResponse(t.getId().toString(), t.getIndustry(), t.getLevel1(), t.getLevel2(), t.getName(),
                Coded.of(t.getValueType()), t.getTypicalUnit().orElse(null), t.getTypicalComparator().map(Coded::of).orElse(null),
                t.getExplanation().orElse(null), t.getKeywords(), t.isActive(), revision);
    }

    /** The request is validated (its constraints) before this runs; the domain checks the rest. */
    default TemplateDetails toDetails(IndicatorTemplateRequest r) {
        return new TemplateDetails(r.industry(), r.level1(), r.level2(), r.name(),
                r.valueType() == null ? ValueType.QUANTITATIVE : r.valueType(), r.typicalUnit(), r.typicalComparator(), r.explanation(),
                r.keywords() == null ? List.of() : r.keywords());
    }
}
