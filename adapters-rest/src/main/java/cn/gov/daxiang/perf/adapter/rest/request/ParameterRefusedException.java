package cn.gov.daxiang.perf.adapter.rest.request;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import jakarta.ws.rs.BadRequestException;

/** A path, query or header parameter the domain refuses; a JAX-RS exception so that the runtime passes it on unwrapped. */
public class ParameterRefusedException extends BadRequestException {

    private final transient InvalidValueException refusal;

    public ParameterRefusedException(InvalidValueException refusal) {
        super(refusal.getMessage());
        this.refusal = refusal;
    }

    public InvalidValueException refusal() {
        return refusal;
    }
}
