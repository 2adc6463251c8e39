package cn.gov.daxiang.perf.adapter.rest.idempotency;

import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;

/** Defines the {@code Idempotency-Key} header once, as a shared parameter the create operations refer to. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(IdempotencyKeyHeader.OPENAPI_REF, OASFactory.createParameter()
                .name(IdempotencyKeyHeader.NAME)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(IdempotencyKeyHeader.DESCRIPTION)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1).maxLength(IdempotencyKey.MAX_LENGTH)
                        .pattern("^[\\x20-\\x7E]+$")));
    }
}
