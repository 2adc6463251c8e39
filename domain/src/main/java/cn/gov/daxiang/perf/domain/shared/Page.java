package cn.gov.daxiang.perf.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total number of items across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, Paging paging, long total) {
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    public long totalPages() {
        return (total + size - 1) / size;
    }
}
