package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A Panache query built from the optional filters of a list: each present filter adds one condition. */
public final class DynamicQuery {

    private final StringBuilder where = new StringBuilder();
    private final Parameters parameters = new Parameters();

    public DynamicQuery and(String condition, String parameter, Object value) {
        if (!where.isEmpty()) {
            where.append(" and ");
        }
        where.append(condition);
        parameters.and(parameter, value);
        return this;
    }

    /** A condition with several named parameters. */
    public DynamicQuery and(String condition, java.util.Map<String, ?> namedParameters) {
        if (!where.isEmpty()) {
            where.append(" and ");
        }
        where.append('(').append(condition).append(')');
        namedParameters.forEach(parameters::and);
        return this;
    }

    /** A LIKE pattern matching values that contain {@code text} literally (escape character: backslash). */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The unit codes of a restricted scope, as bind values for {@code unitCode in :scope}. */
    public static List<String> codes(DataScope scope) {
        return scope.units().stream().map(UnitCode::value).sorted().toList();
    }

    /** One page of the matching entities and the total count: two statements. */
    public <E> Page<E> page(PanacheRepositoryBase<E, ?> repository, Sort sort, Paging page) {
        PanacheQuery<E> query = where.isEmpty()
                ? repository.findAll(sort)
                : repository.find(where.toString(), sort, parameters);
        long total = query.count();
        // A page past the end is empty without asking; its first row's position may not even fit the query's int
        // (Panache multiplies page index and size in int: page 2,147,483,647 of 100 went negative, a 500).
        List<E> items = page.offset() >= total ? List.of()
                : query.page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
        return Page.of(items, page, total);
    }

    /**
     * One page as a deferred join: the count, the page's ids alone, then the page's rows by id; one statement more than
     * {@link #page}. The ids come from an index when one holds the filters, the order and the id (an index-only scan),
     * so page 1,000 skips 20,000 index entries instead of reading 20,000 rows and costs about what page 1 does. For the
     * long lists (goals, projects) that have such an index; the sort must end in a unique column.
     */
    public <E> Page<E> pageByIds(PanacheRepositoryBase<E, Long> repository, Class<E> type, Sort sort, Paging page) {
        long total = where.isEmpty() ? repository.count() : repository.count(where.toString(), parameters);
        long offset = page.offset();
        if (offset >= total) {
            return Page.of(List.of(), page, total);
        }
        EntityManager em = repository.getEntityManager();
        String entity = em.getMetamodel().entity(type).getName();
        TypedQuery<Long> idQuery = em.createQuery("select id from " + entity
                + (where.isEmpty() ? "" : " where " + where) + orderBy(sort), Long.class);
        parameters.map().forEach(idQuery::setParameter);
        List<Long> ids = idQuery.setFirstResult((int) offset).setMaxResults(page.size()).getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        Map<Object, E> byId = new HashMap<>();
        for (E row : repository.list("id in ?1", ids)) {
            byId.put(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row), row);
        }
        // a row deleted between the two statements is left out, as it would be from a page read a moment later
        return Page.of(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), page, total);
    }

    private static String orderBy(Sort sort) {
        return sort.getColumns().stream()
                .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", ", " order by ", ""));
    }

    /** Every matching entity, unpaged (for lists a service filters further, such as key evaluations): one statement. */
    public <E> List<E> list(PanacheRepositoryBase<E, ?> repository, Sort sort) {
        return where.isEmpty() ? repository.listAll(sort) : repository.list(where.toString(), sort, parameters);
    }
}
