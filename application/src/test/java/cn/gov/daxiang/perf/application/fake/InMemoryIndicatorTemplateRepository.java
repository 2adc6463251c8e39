package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.IndicatorTemplateRepository;
import cn.gov.daxiang.perf.domain.indicator.IndicatorTemplate;
import cn.gov.daxiang.perf.domain.indicator.TemplateId;
import cn.gov.daxiang.perf.domain.indicator.TemplateSearchCriteria;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template library in memory. Ordered by industry, levels and name in Java's string order: the database
 * orders by its collation, which agrees for the codes and ASCII names the contract uses.
 */
public class InMemoryIndicatorTemplateRepository implements IndicatorTemplateRepository {

    private static final Comparator<IndicatorTemplate> ORDER = Comparator.comparing(IndicatorTemplate::getIndustry)
            .thenComparing(IndicatorTemplate::getLevel1).thenComparing(IndicatorTemplate::getLevel2).thenComparing(IndicatorTemplate::getName);

    private final Map<TemplateId, IndicatorTemplate> stored = new LinkedHashMap<>();
    private final Revisions<TemplateId> revisions = new Revisions<>(IndicatorTemplate.AUDIT_TYPE);

    @Override
    public Optional<Stored> findById(TemplateId id) {
        return Optional.ofNullable(stored.get(id)).map(this::stored);
    }

    @Override
    public List<IndicatorTemplate> findByIds(Collection<TemplateId> ids) {
        return ids.stream().distinct().map(stored::get).filter(t -> t != null).map(Copies::of).toList();
    }

    @Override
    public Page<Stored> search(TemplateSearchCriteria criteria, Paging paging) {
        return Pages.of(stored.values().stream().filter(criteria::matches).sorted(ORDER).map(this::stored).toList(), paging);
    }

    @Override
    public List<IndicatorTemplate> findActive() {
        return stored.values().stream().filter(IndicatorTemplate::isActive).sorted(ORDER).map(Copies::of).toList();
    }

    @Override
    public long add(IndicatorTemplate template) {
        if (stored.containsKey(template.getId())) {
            throw new IllegalStateException("template " + template.getId() + " is stored already");
        }
        stored.put(template.getId(), Copies.of(template));
        return revisions.added(template.getId());
    }

    @Override
    public long update(IndicatorTemplate template, long expectedRevision) {
        long next = revisions.change(template.getId(), expectedRevision);
        stored.put(template.getId(), Copies.of(template));
        return next;
    }

    private Stored stored(IndicatorTemplate template) {
        return new Stored(Copies.of(template), revisions.of(template.getId()));
    }
}
