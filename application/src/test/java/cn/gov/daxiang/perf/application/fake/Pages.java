package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.domain.shared.Page;
import cn.gov.daxiang.perf.domain.shared.Paging;

import java.util.List;

final class Pages {

    private Pages() {
    }

    /** The requested page of {@code all} (already filtered and ordered), with the total as a count query would give it. */
    static <T> Page<T> of(List<T> all, Paging paging) {
        return Page.of(all.stream().skip(paging.offset()).limit(paging.size()).toList(), paging, all.size());
    }
}
