package cn.gov.daxiang.perf.application.port.in.goal;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.util.List;
import java.util.Map;

/** Lists in goal commands: none given is empty, a missing entry is refused naming it, the kept copy is immutable. */
final class CommandLists {

    private CommandLists() {
    }

    static <T> List<T> listOf(String field, List<T> given) {
        if (given == null) {
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                String at = field + "[" + i + "]";
                throw new InvalidValueException(at, "REQUEST_FIELD_REQUIRED", Map.of("field", at));
            }
        }
        return List.copyOf(given);
    }
}
