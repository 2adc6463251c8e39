package cn.gov.daxiang.perf.adapter.rest.goal;

import cn.gov.daxiang.perf.adapter.rest.goal.GoalRequests.ReturnReasonRequest;
import cn.gov.daxiang.perf.domain.goal.ReturnReason;
import cn.gov.daxiang.perf.domain.indicator.IndicatorId;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the domain's values from request bodies (goal content: {@link GoalContentReader}). Every refusal names
 * the field it concerns as a path into the body (e.g. {@code reasons[2].indicatorId}), so a form can point at it.
 */
public final class GoalRequestReader {

    private GoalRequestReader() {
    }

    public static List<ReturnReason> reasons(String path, List<ReturnReasonRequest> requests) {
        List<ReturnReason> reasons = new ArrayList<>();
        List<ReturnReasonRequest> given = requests == null ? List.of() : requests;
        for (int i = 0; i < given.size(); i++) {
            String at = path + "[" + i + "]";
            ReturnReasonRequest r = given.get(i);
            if (r == null) {
                throw new InvalidValueException(at, "REQUEST_FIELD_REQUIRED", Map.of("field", at));
            }
            reasons.add(within(at, () -> new ReturnReason(
                    r.indicatorId() == null || r.indicatorId().isBlank() ? null : within("indicatorId", () -> IndicatorId.of(r.indicatorId())),
                    r.text())));
        }
        return reasons;
    }

    /** Runs {@code read}; a refusal's field becomes {@code path.field} (or {@code path} when it named none). */
    public static <T> T within(String path, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            throw e.forField(path(path, e.field()));
        }
    }

    /** {@code field} under {@code path}: {@code path.field}, or {@code path} when there is no field. */
    static String path(String path, Optional<String> field) {
        return field.map(f -> f.startsWith(path) ? f : path + "." + f).orElse(path);
    }
}
