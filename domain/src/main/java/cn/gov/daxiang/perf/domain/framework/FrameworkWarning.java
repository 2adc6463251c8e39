package cn.gov.daxiang.perf.domain.framework;

import java.util.Map;
import java.util.Objects;

/**
 * Something about an indicator tree worth a second look that does not stop it being used, e.g. 产出 + 效益 below the
 * 60 points 财预〔2020〕10号 asks for "原则上" (domain reference §3.1: a warning, never a refusal).
 */
public record FrameworkWarning(String code, Map<String, Object> arguments) {

    public FrameworkWarning {
        Objects.requireNonNull(code, "code");
        arguments = Map.copyOf(arguments);
    }
}
