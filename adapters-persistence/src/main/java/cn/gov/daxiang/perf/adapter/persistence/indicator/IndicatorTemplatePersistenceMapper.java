package cn.gov.daxiang.perf.adapter.persistence.indicator;

import cn.gov.daxiang.perf.domain.indicator.Comparator;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.ValueType;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import java.util.Arrays;
import java.util.List;

@Mapper
public interface IndicatorTemplatePersistenceMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "templateId", ignore = true)
    @Mapping(target = "active", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    void copyDetails(TemplateDetails details, @MappingTarget IndicatorTemplateJpaEntity entity);

    default IndicatorTemplate toDomain(IndicatorTemplateJpaEntity e) {
        return IndicatorTemplate.restore(new TemplateId(e.templateId), new TemplateDetails(e.industry, e.level1, e.level2, e.name,
                ValueType.valueOf(e.valueType), e.typicalUnit, e.typicalComparator == null ? null : Comparator.valueOf(e.typicalComparator),
                e.explanation, keywords(e.keywords)), e.active);
    }

    default String keywords(List<String> keywords) {
        return String.join(",", keywords);
    }

    default List<String> keywords(String keywords) {
        return keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split(","));
    }
}
