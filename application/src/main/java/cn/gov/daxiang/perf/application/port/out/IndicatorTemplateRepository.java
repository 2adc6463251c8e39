package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.TemplateSearchCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface IndicatorTemplateRepository {

    record Stored(IndicatorTemplate template, long revision) {
    }

    Optional<Stored> findById(TemplateId id);

    List<IndicatorTemplate> findByIds(Collection<TemplateId> ids);

    /** Matching templates in the sense of {@link TemplateSearchCriteria#matches}, by industry, level and name. */
    Page<Stored> search(TemplateSearchCriteria criteria, Paging paging);

    List<IndicatorTemplate> findActive();

    long add(IndicatorTemplate template);

    long update(IndicatorTemplate template, long expectedRevision);
}
