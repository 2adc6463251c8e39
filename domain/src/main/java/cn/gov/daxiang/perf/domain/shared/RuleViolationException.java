package cn.gov.daxiang.perf.domain.shared;

import java.util.Map;

/** A well-formed request that a business rule refuses. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, Map<String, ?> arguments) {
        super(code, arguments);
    }
}
