package cn.gov.daxiang.perf.adapter.rest.indicator;

import cn.gov.daxiang.perf.application.port.in.indicator.IndicatorTaxonomyQuery;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/indicator-taxonomy")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator library")
public class IndicatorTaxonomyResource {

    private final IndicatorTaxonomyQuery taxonomy;

    @Inject
    public IndicatorTaxonomyResource(IndicatorTaxonomyQuery taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Schema(name = "IndicatorTaxonomyCategory", description = "A level-2 indicator (二级指标)", requiredProperties = {"code", "label"})
    public record Category(String code, String label) {
    }

    @Schema(name = "IndicatorTaxonomyGroup", description = "A level-1 indicator (一级指标) with its level-2 ones",
            requiredProperties = {"code", "label", "categories"})
    public record Group(String code, String label, List<Category> categories) {
    }

    @GET
    @Operation(operationId = "getIndicatorTaxonomy", summary = "The level-1 and level-2 indicators (一级/二级指标) goals hang their indicators under")
    public List<Group> taxonomy() {
        return taxonomy.indicatorTaxonomy().groups().stream().map(g -> new Group(g.code(), g.label(),
                g.categories().stream().map(c -> new Category(c.code(), c.label())).toList())).toList();
    }
}
