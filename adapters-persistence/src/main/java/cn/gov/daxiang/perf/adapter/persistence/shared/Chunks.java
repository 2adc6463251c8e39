package cn.gov.daxiang.perf.adapter.persistence.shared;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Splits long IN lists: databases cap the number of bind parameters in one statement. */
public final class Chunks {

    public static final int SIZE = 500;

    private Chunks() {
    }

    public static <T> Stream<List<T>> of(List<T> values) {
        return IntStream.range(0, (values.size() + SIZE - 1) / SIZE)
                .mapToObj(i -> values.subList(i * SIZE, Math.min(values.size(), (i + 1) * SIZE)));
    }
}
