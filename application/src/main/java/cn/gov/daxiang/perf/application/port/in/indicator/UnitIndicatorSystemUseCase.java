package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;

import java.util.List;

/** A unit's indicator system (指标体系): the library templates it works with. */
public interface UnitIndicatorSystemUseCase {

    List<IndicatorTemplate> unitIndicatorSystem(Actor actor, UnitCode unit);

    List<IndicatorTemplate> addToUnitIndicatorSystem(Actor actor, UnitCode unit, TemplateId template);

    List<IndicatorTemplate> removeFromUnitIndicatorSystem(Actor actor, UnitCode unit, TemplateId template);
}
