package cn.gov.daxiang.perf.adapter.rest.shared;

import cn.gov.daxiang.perf.domain.project.ProjectKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.List;

/** Test-only endpoint with a JSON body, for the request limits and body errors every feature's endpoints share. */
@Path("/test-only/echo")
public class EchoTestResource {

    public record EchoRequest(String name, ProjectKind kind, BigDecimal amount, List<String> notes) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public EchoRequest echo(EchoRequest request) {
        return request;
    }
}
