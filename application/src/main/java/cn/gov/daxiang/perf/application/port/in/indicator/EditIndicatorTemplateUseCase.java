package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.access.Actor;

/** The finance bureau changes a template, or takes it out of or back into use. */
public interface EditIndicatorTemplateUseCase {

    IndicatorTemplateDetails editIndicatorTemplate(Actor actor, EditIndicatorTemplateCommand command);

    IndicatorTemplateDetails setIndicatorTemplateActive(Actor actor, SetIndicatorTemplateActiveCommand command);
}
