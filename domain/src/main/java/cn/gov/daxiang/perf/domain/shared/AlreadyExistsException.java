package cn.gov.daxiang.perf.domain.shared;

import java.util.Map;

/** Creating something that already exists under its natural key (HTTP 409). */
public class AlreadyExistsException extends DomainException {

    public AlreadyExistsException(String code, Map<String, ?> arguments) {
        super(code, arguments);
    }
}
