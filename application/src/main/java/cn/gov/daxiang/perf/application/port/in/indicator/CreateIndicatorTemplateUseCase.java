package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;

/** The finance bureau adds a template to the indicator library (指标库). */
public interface CreateIndicatorTemplateUseCase {

    IndicatorTemplateDetails createIndicatorTemplate(Actor actor, TemplateDetails details);
}
