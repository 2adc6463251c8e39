package cn.gov.daxiang.perf.adapter.provincial.http;

import cn.gov.daxiang.perf.adapter.provincial.wire.WireContract;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.function.Function;

/**
 * The calls to the province with their fault tolerance: each attempt has a timeout; transient failures (timeouts,
 * connection resets, 5xx, malformed pages) are retried with exponential backoff and jitter; a circuit breaker
 * stops calling a province that keeps failing and lets a probe through after a pause. A 4xx is not retried.
 *
 * <p>Every value here is a production default; {@code quarkus.fault-tolerance."<this class>/<method>".<strategy>.<property>}
 * overrides it (the tests use short delays and timeouts).
 */
@ApplicationScoped
public class ProvincialHttpCalls {

    private final ProvincialPlatformClient client;

    @Inject
    public ProvincialHttpCalls(@RestClient ProvincialPlatformClient client) {
        this.client = client;
    }

    /** A page of {@code stream}, parsed by {@code reader} within the attempt (a malformed page is retried like a failure). */
    @Timeout(20_000)
    @Retry(maxRetries = 6, delay = 1_000, jitter = 500, maxDuration = 300_000,
            abortOn = {ProvincialRejectedException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 60_000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.9, delay = 30_000, successThreshold = 2,
            skipOn = ProvincialRejectedException.class)
    public <T> T fetch(String mofDivCode, String stream, long after, int limit, Function<String, T> reader) {
        try (Response response = answer(() -> client.changes(mofDivCode, stream, after, limit, WireContract.VERSION))) {
            String body = checked(response);
            return reader.apply(body);
        }
    }

    /** One report delivery; 201 accepted, 200 duplicate (the province knew the idempotency key). */
    @Timeout(20_000)
    @Retry(maxRetries = 3, delay = 1_000, jitter = 500, maxDuration = 120_000,
            abortOn = {ProvincialRejectedException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 30_000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.9, delay = 30_000, successThreshold = 2,
            skipOn = ProvincialRejectedException.class)
    public <T> T deliver(String mofDivCode, String idempotencyKey, String envelope, Function<String, T> reader) {
        try (Response response = answer(() -> client.report(mofDivCode, idempotencyKey, WireContract.VERSION, envelope))) {
            return reader.apply(checked(response));
        }
    }

    /** The response, also when the client's default mapper turned an error status into an exception. */
    private static Response answer(java.util.function.Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            return e.getResponse();
        }
    }

    private static String checked(Response response) {
        int status = response.getStatus();
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        if (status >= 200 && status < 300) {
            return body;
        }
        if (status == 429 || status >= 500) {
            throw new ProvincialUnavailableException(status);
        }
        throw new ProvincialRejectedException(status, body);
    }

}
