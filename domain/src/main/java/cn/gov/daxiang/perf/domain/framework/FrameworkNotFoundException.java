package cn.gov.daxiang.perf.domain.framework;

import cn.gov.daxiang.perf.domain.shared.NotFoundException;

import java.util.Map;

/** No such framework version. */
public class FrameworkNotFoundException extends NotFoundException {

    public FrameworkNotFoundException(FrameworkCode code, int version) {
        super("FRAMEWORK_NOT_FOUND", Map.of("frameworkCode", code.value(), "version", version));
    }

    public FrameworkNotFoundException(FrameworkCode code) {
        super("FRAMEWORK_NOT_FOUND", Map.of("frameworkCode", code.value(), "version", "-"));
    }
}
