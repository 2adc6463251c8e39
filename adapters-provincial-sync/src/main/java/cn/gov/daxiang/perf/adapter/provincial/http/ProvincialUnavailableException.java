package cn.gov.daxiang.perf.adapter.provincial.http;

/** The province answered 5xx (or 429): a transient failure, retried with backoff. */
public class ProvincialUnavailableException extends RuntimeException {

    public ProvincialUnavailableException(int status) {
        super("the provincial platform answered " + status);
    }
}
