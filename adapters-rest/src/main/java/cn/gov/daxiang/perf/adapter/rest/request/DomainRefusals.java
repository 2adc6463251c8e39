package cn.gov.daxiang.perf.adapter.rest.request;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.function.Supplier;

/**
 * For the domain rules a request's shape cannot state (several fields together, a value built from a part of the
 * body): the domain's refusal, named by its path in the request ({@code lines[2].actualToDate}).
 */
public final class DomainRefusals {

    private DomainRefusals() {
    }

    /** Runs {@code build}; a refusal's field becomes {@code path.field} (or {@code path} when it named none). */
    public static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String field = e.field().map(f -> f.startsWith(path) ? f : path + "." + f).orElse(path);
            throw e.forField(field);
        }
    }

    /** The refusal of a body that lacks {@code path}, where only several fields together say it is needed. */
    public static InvalidValueException missing(String path) {
        return new InvalidValueException(path, "REQUEST_FIELD_REQUIRED", java.util.Map.of("field", path));
    }
}
