package cn.gov.daxiang.perf.domain.access;

import cn.gov.daxiang.perf.domain.shared.DomainException;

import java.util.Map;

/** The actor's roles do not allow the operation at all (HTTP 403). Objects out of scope are NotFound instead. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String operation) {
        super("ACCESS_DENIED", Map.of("operation", operation));
    }
}
