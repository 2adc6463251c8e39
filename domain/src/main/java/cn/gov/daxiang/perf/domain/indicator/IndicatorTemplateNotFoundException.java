package cn.gov.daxiang.perf.domain.indicator;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

public class IndicatorTemplateNotFoundException extends NotFoundException {

    public IndicatorTemplateNotFoundException(TemplateId id) {
        super("INDICATOR_TEMPLATE_NOT_FOUND", Map.of("templateId", id.toString()));
    }
}
