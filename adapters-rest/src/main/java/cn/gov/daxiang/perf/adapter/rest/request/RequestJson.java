package cn.gov.daxiang.perf.adapter.rest.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Teaches the service's ObjectMapper the domain's value types and coded values, and to collect a body's faults. */
@Singleton
public class RequestJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule domain = new SimpleModule("domain-values") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new DomainValueDeserializers());
            }
        };
        mapper.registerModule(domain);
        mapper.addHandler(new RequestBodyProblemHandler());
    }
}
