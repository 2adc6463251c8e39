package cn.gov.daxiang.perf.adapter.rest.idempotency;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.application.port.in.idempotency.CreateOnceCommand;
import cn.gov.daxiang.perf.application.port.in.idempotency.CreateOnceUseCase;
import cn.gov.daxiang.perf.application.port.in.idempotency.IdempotentOutcome;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.idempotency.IdempotencyKey;
import cn.gov.daxiang.perf.domain.idempotency.StoredAnswer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.Principal;

/**
 * Makes a create idempotent under the caller's {@code Idempotency-Key}. Without the header the method runs as it
 * always did. With it, the method runs inside {@link CreateOnceUseCase} (in the transaction that stores its answer),
 * and the answer goes out as stored: the body as JSON bytes, Location and ETag; a replay carries
 * {@code Idempotent-Replayed: true}. The request is identified by its method, path, query, If-Match, caller and body
 * (the method's entity parameter as read, written as canonical JSON; an upload byte for byte). Methods must return
 * {@link Response} or {@link RestResponse} (ArchUnit checks it), since a replay is one: answered in the type the method
 * declares.
 */
@IdempotentCreate
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentCreateInterceptor {

    private final CreateOnceUseCase createOnce;
    private final ContainerRequestContext request;
    private final SecurityIdentity identity;
    private final RequestActor requestActor;
    private final ObjectMapper json;
    private final ObjectWriter canonicalJson;

    @Inject
    public IdempotentCreateInterceptor(CreateOnceUseCase createOnce, ContainerRequestContext request, SecurityIdentity identity,
                                       RequestActor requestActor, ObjectMapper json) {
        this.createOnce = createOnce;
        this.request = request;
        this.identity = identity;
        this.requestActor = requestActor;
        this.json = json;
        this.canonicalJson = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    @AroundInvoke
    Object createOnce(InvocationContext invocation) throws Exception {
        IdempotencyKey key = IdempotencyKeyHeader.parse(request.getHeaderString(IdempotencyKeyHeader.NAME));
        if (key == null) {
            return invocation.proceed();
        }
        Actor actor = requestActor.actor();
        String subject = subject();
        CreateOnceCommand idempotent = new CreateOnceCommand(subject, key, RequestFingerprints.of(request.getMethod(),
                request.getUriInfo().getPath(), request.getUriInfo().getQueryParameters(), request.getHeaderString(HttpHeaders.IF_MATCH),
                subject, actor, body(invocation)));
        try {
            IdempotentOutcome outcome = createOnce.createOnce(idempotent, () -> answer(proceed(invocation)));
            return RestResponse.class.isAssignableFrom(invocation.getMethod().getReturnType()) ? restResponse(outcome) : response(outcome);
        } catch (CheckedFailure failure) {
            throw failure.cause;
        }
    }

    /** The token's subject scopes keys; a token without one (never issued here) falls back to the principal's name. */
    private String subject() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null && !token.getSubject().isBlank()) {
            return token.getSubject();
        }
        return principal.getName();
    }

    /**
     * The entity parameters (those without a JAX-RS annotation), canonical: JSON with map keys sorted, uploads as sent.
     * An upload read as a stream is read here (bodies are bounded, 5 MB) and handed to the method again from memory.
     */
    private byte[] body(InvocationContext invocation) {
        Object[] arguments = invocation.getParameters();
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean reread = false;
        try {
            for (int i = 0; i < arguments.length; i++) {
                if (annotations[i].length > 0) {
                    continue;
                }
                Object entity = arguments[i];
                if (entity instanceof InputStream stream) {
                    byte[] read = stream.readAllBytes();
                    arguments[i] = new ByteArrayInputStream(read);
                    reread = true;
                    body.write(read);
                } else if (entity instanceof byte[] raw) {
                    body.write(raw);
                } else if (entity instanceof File file) {
                    body.write(Files.readAllBytes(file.toPath()));
                } else if (entity instanceof java.nio.file.Path path) {
                    body.write(Files.readAllBytes(path));
                } else if (entity instanceof String text) {
                    body.write(text.getBytes(StandardCharsets.UTF_8));
                } else {
                    body.write(canonicalJson.writeValueAsBytes(entity));
                }
                body.write(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (reread) {
            invocation.setParameters(arguments);
        }
        return body.toByteArray();
    }

    private StoredAnswer answer(Object result) {
        if (result instanceof RestResponse<?> response) {
            Object entity = response.getEntity();
            MediaType type = response.getMediaType();
            return new StoredAnswer(response.getStatus(), type != null ? type.toString() : entity == null ? null : MediaType.APPLICATION_JSON,
                    bytes(entity), response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG));
        }
        if (result instanceof Response response) {
            Object entity = response.getEntity();
            MediaType type = response.getMediaType();
            return new StoredAnswer(response.getStatus(), type != null ? type.toString() : entity == null ? null : MediaType.APPLICATION_JSON,
                    bytes(entity), response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG));
        }
        return new StoredAnswer(Response.Status.OK.getStatusCode(), result == null ? null : MediaType.APPLICATION_JSON, bytes(result), null, null);
    }

    private byte[] bytes(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer of a create", e);
        }
    }

    private static Response response(IdempotentOutcome outcome) {
        StoredAnswer answer = outcome.answer();
        Response.ResponseBuilder response = Response.status(answer.status());
        byte[] body = answer.body();
        if (body.length > 0) {
            response.entity(body).type(answer.contentType());
        }
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        if (outcome.replayed()) {
            response.header(IdempotencyKeyHeader.REPLAYED, "true");
        }
        return response.build();
    }

    /**
     * The stored answer as the RestResponse a method declaring one returns. The body goes back as a JSON tree: the
     * writer chosen for the method's declared entity type writes JSON, not raw bytes.
     */
    private RestResponse<Object> restResponse(IdempotentOutcome outcome) {
        StoredAnswer answer = outcome.answer();
        RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder.fromResponse(RestResponse.status(answer.status()));
        byte[] body = answer.body();
        if (body.length > 0) {
            try {
                response.entity(json.readTree(body)).type(answer.contentType());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        if (outcome.replayed()) {
            response.header(IdempotencyKeyHeader.REPLAYED, "true");
        }
        return response.build();
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new CheckedFailure(e);
        }
    }

    /** A checked exception of the resource method, carried through the use case and thrown again as it was. */
    private static final class CheckedFailure extends RuntimeException {

        private final Exception cause;

        CheckedFailure(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
