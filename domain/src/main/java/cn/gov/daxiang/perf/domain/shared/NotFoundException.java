package cn.gov.daxiang.perf.domain.shared;

import java.util.Map;

/**
 * An object that does not exist, or that the caller may not see: both answer the same way so that
 * existence never leaks across units.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, Map<String, ?> arguments) {
        super(code, arguments);
    }
}
