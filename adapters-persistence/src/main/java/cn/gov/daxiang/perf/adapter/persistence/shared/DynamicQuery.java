package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.access.DataScope;
import cn.gov.daxiang.perf.domain.budgetunit.UnitCode;
import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.List;

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
        List<E> items = total == 0 ? List.of()
                : query.page(io.quarkus.panache.common.Page.of(page.page() - 1, page.size())).list();
        return Page.of(items, page, total);
    }

    /** Every matching entity, unpaged (for lists a service filters further, such as key evaluations): one statement. */
    public <E> List<E> list(PanacheRepositoryBase<E, ?> repository, Sort sort) {
        return where.isEmpty() ? repository.listAll(sort) : repository.list(where.toString(), sort, parameters);
    }
}
