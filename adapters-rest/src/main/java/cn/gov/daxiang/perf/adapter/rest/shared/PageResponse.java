package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.shared.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list as JSON: the items, where the page is, and the total across all pages. */
public record PageResponse<T>(List<T> items, int page, int size, long total, long totalPages) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageResponse<>(mapped.items(), mapped.page(), mapped.size(), mapped.total(), mapped.totalPages());
    }
}
