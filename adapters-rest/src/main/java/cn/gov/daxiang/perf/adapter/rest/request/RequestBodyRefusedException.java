package cn.gov.daxiang.perf.adapter.rest.request;

import java.util.List;
import java.util.Optional;

/**
 * A JSON body with unknown fields or values that do not fit. Carries what could be read of it, so that the answer
 * adds the body's constraint violations to its faults and the caller learns everything in one round.
 */
public class RequestBodyRefusedException extends RuntimeException {

    private final transient List<BodyProblems.Problem> problems;
    private final transient Object partialBody;

    RequestBodyRefusedException(List<BodyProblems.Problem> problems, Object partialBody) {
        super(problems.size() + " faults in the request body", null, false, false);
        this.problems = List.copyOf(problems);
        this.partialBody = partialBody;
    }

    public List<BodyProblems.Problem> problems() {
        return problems;
    }

    public Optional<Object> partialBody() {
        return Optional.ofNullable(partialBody);
    }
}
