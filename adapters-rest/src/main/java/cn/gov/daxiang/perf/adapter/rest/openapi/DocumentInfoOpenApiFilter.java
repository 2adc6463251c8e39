package cn.gov.daxiang.perf.adapter.rest.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;

/**
 * What the configured info leaves out, added once the configuration is in the document (at start, not at build):
 * the licence's identifier, which OpenAPI 3.1 wants beside its name, and the server with its audience.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class DocumentInfoOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null && openAPI.getInfo().getLicense().getIdentifier() == null) {
            // the bureau's own software has no SPDX licence: SPDX's form for one of its own
            openAPI.getInfo().getLicense().identifier("LicenseRef-Proprietary");
        }
        // Relative, so that the document names whichever host and scheme (HTTPS in production) it was fetched from;
        // OWASP API9 wants its audience said: the bureau's clients, not only its own network.
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description("this service, local or production: the host it was fetched from").addExtension("x-internal", false)));
    }
}
