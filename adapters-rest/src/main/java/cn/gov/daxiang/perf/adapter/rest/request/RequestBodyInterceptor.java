package cn.gov.daxiang.perf.adapter.rest.request;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Wraps the reading of every JSON request body in a {@link BodyProblems} collection; when the body had faults the
 * request is refused with all of them ({@link RequestBodyRefusedException}) before any use case runs.
 */
@Provider
public class RequestBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.getSubtype().endsWith("+json")) {
            return context.proceed();
        }
        BodyProblems problems = BodyProblems.open();
        Object body;
        try {
            body = context.proceed();
        } finally {
            problems.close();
        }
        if (!problems.problems().isEmpty()) {
            throw new RequestBodyRefusedException(problems.problems(), body);
        }
        return body;
    }
}
