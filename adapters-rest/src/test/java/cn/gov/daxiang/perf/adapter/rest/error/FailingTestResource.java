package cn.gov.daxiang.perf.adapter.rest.error;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would. */
@Path("/test-only/failure")
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("secret internal detail: password=hunter2");
    }
}
