package cn.gov.daxiang.perf.adapter.provincial.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The provincial platform's exchange API, version 1 (docs/provincial-api.md). The base URL, connect and read
 * timeouts come from {@code quarkus.rest-client.provincial-platform.*}. Bodies travel as text: the adapter parses
 * them itself, so that a malformed page is a clear, retryable refusal rather than a client-internal error.
 */
@RegisterRestClient(configKey = "provincial-platform")
@Path("/exchange/v1/divisions/{mofDivCode}")
public interface ProvincialPlatformClient {

    /** One page of changes of {@code stream} (agencies, projects, executions) after change_seq {@code after}. */
    @GET
    @Path("/{stream}/changes")
    @Produces(MediaType.APPLICATION_JSON)
    Response changes(@PathParam("mofDivCode") String mofDivCode, @PathParam("stream") String stream,
                     @QueryParam("after") long after, @QueryParam("limit") int limit,
                     @HeaderParam("X-Contract-Version") String contractVersion);

    /** One report; the province keeps it once per idempotency key. */
    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response report(@PathParam("mofDivCode") String mofDivCode, @HeaderParam("Idempotency-Key") String idempotencyKey,
                    @HeaderParam("X-Contract-Version") String contractVersion, String envelope);
}
