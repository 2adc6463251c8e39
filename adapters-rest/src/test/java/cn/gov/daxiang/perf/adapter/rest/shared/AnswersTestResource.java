package cn.gov.daxiang.perf.adapter.rest.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Test-only answers of kinds the security headers must cover but which need heavy fixtures to provoke for real: a
 * 429 with Retry-After (a full bulkhead) and a spreadsheet download.
 */
@Path("/test-only/answers")
public class AnswersTestResource {

    @GET
    @Path("/too-many")
    public Response tooMany() {
        return Response.status(429).header("Retry-After", "1").type("application/problem+json")
                .entity("{\"status\":429,\"code\":\"TOO_MANY_REQUESTS\"}").build();
    }

    @GET
    @Path("/spreadsheet")
    public Response spreadsheet() {
        return Response.ok(new byte[] {'P', 'K', 3, 4}).type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"table.xlsx\"").build();
    }
}
