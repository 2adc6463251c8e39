package cn.gov.daxiang.perf.application.port.in.indicator;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.TemplateSearchCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

/** The indicator library by keyword, level 1/2 and industry; every authenticated user may search it. */
public interface SearchIndicatorTemplatesQuery {

    Page<IndicatorTemplateDetails> searchIndicatorTemplates(Actor actor, TemplateSearchCriteria criteria, Paging paging);

    IndicatorTemplateDetails findIndicatorTemplate(Actor actor, TemplateId id);
}
