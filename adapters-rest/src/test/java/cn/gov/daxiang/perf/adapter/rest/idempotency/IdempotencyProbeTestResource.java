package cn.gov.daxiang.perf.adapter.rest.idempotency;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only creates for what the real ones cannot show: an upload read as a stream, an answer that is not 2xx without
 * an exception, and a create that holds its key until the test lets it finish. Each counts how often it ran.
 */
@Path("/api/v1/test-only/idempotency-probe")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IdempotencyProbeTestResource {

    static final AtomicInteger RUNS = new AtomicInteger();
    static volatile CountDownLatch held = new CountDownLatch(0);
    static final CountDownLatch[] ENTERED = {new CountDownLatch(1)};

    @POST
    @Path("/upload")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @IdempotentCreate
    @Operation(hidden = true)
    public Response upload(InputStream body) throws IOException {
        int run = RUNS.incrementAndGet();
        return Response.status(201).entity(Map.of("bytes", body.readAllBytes().length, "run", run)).build();
    }

    @POST
    @Path("/refusing")
    @Consumes(MediaType.APPLICATION_JSON)
    @IdempotentCreate
    @Operation(hidden = true)
    public Response refusing(Map<String, Object> body) {
        int run = RUNS.incrementAndGet();
        return Response.status(409).entity(Map.of("run", run)).build();
    }

    @POST
    @Path("/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @IdempotentCreate
    @Operation(hidden = true)
    public Response held(Map<String, Object> body) throws InterruptedException {
        int run = RUNS.incrementAndGet();
        ENTERED[0].countDown();
        if (!held.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return Response.status(201).entity(Map.of("run", run)).build();
    }
}
