package cn.gov.daxiang.perf.adapter.rest.security;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.daxiang.perf.domain.access.Role;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Tokens for the demo identities, in one step. Exists only in the embedded default: the production build
 * is made without it (perf.security.demo-identities.enabled is a build-time switch) and has no demo key.
 */
@Path("/api/v1/demo-identities")
@IfBuildProperty(name = "perf.security.demo-identities.enabled", stringValue = "true")
@PermitAll
@SecurityRequirements
@Tag(name = "Demo identities", description = "Embedded default only: tokens for trying the API")
public class DemoIdentityResource {

    private final DemoTokens tokens;

    public DemoIdentityResource(DemoTokens tokens) {
        this.tokens = tokens;
    }

    @Schema(name = "DemoIdentity", requiredProperties = {"id", "name", "role"})
    // The role as its code (the document enumerates them): security may not use rest.shared's Coded, which depends on
    // security (RequestIdFilter → RequestActor); ArchUnit keeps the adapter's slices free of cycles.
    public record DemoIdentityResponse(String id, String name, Role role, String unitCode, String agencyId) {
    }

    @Schema(name = "DemoToken", requiredProperties = {"accessToken", "tokenType", "expiresIn"})
    public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDemoIdentities", summary = "The demo identities (embedded default only)")
    public List<DemoIdentityResponse> list() {
        return DemoIdentity.ALL.stream()
                .map(i -> new DemoIdentityResponse(i.id(), i.name(), i.role(), i.unitCode(), i.agencyId())).toList();
    }

    @POST
    @Path("/{id}/token")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueDemoIdentityToken", summary = "A bearer token for a demo identity, valid for 8 hours",
            description = "JSON by default; with Accept: text/plain the bare token.")
    public TokenResponse token(@PathParam("id") String id) {
        return new TokenResponse(sign(id), "Bearer", DemoTokens.LIFETIME.toSeconds());
    }

    /** The bare token, for {@code TOKEN=$(curl -s -X POST -H 'Accept: text/plain' .../token)}. */
    @POST
    @Path("/{id}/token")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "issueDemoIdentityToken", summary = "A bearer token for a demo identity, valid for 8 hours",
            description = "JSON by default; with Accept: text/plain the bare token.")
    public String bareToken(@PathParam("id") String id) {
        return sign(id);
    }

    private String sign(String id) {
        return tokens.sign(id).orElseThrow(NotFoundException::new);
    }
}
