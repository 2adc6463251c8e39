package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.indicator.TemplateDetails;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;

/** The finance bureau changes a template, or (with {@code active}) takes it out of or back into use. */
public interface EditIndicatorTemplateUseCase {

    IndicatorTemplateDetails editIndicatorTemplate(Actor actor, TemplateId id, long revision, TemplateDetails details);

    IndicatorTemplateDetails setIndicatorTemplateActive(Actor actor, TemplateId id, long revision, boolean active);
}
