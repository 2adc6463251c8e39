package cn.gov.daxiang.perf.domain.shared;

import java.util.Map;

/** Which page of a list to return: pages count from 1; a page holds at most {@link #MAX_SIZE} items. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public Paging {
        if (page < 1) {
            throw new InvalidValueException("page", "PAGE_NUMBER_INVALID", Map.of("page", page));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "PAGE_SIZE_OUT_OF_RANGE", Map.of("size", size, "max", MAX_SIZE));
        }
    }

    public static Paging first() {
        return new Paging(1, DEFAULT_SIZE);
    }

    /** How many items come before this page; a long, because the last page number times 100 does not fit an int. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
