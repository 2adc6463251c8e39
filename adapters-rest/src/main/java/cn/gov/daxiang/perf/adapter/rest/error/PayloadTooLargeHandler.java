package cn.gov.daxiang.perf.adapter.rest.error;

import cn.gov.daxiang.perf.adapter.rest.shared.HttpEdge;
import cn.gov.daxiang.perf.adapter.rest.shared.RouteBodyLimit;
import jakarta.enterprise.inject.Instance;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A body over perf.http.max-body-size (5 MB), or over the limit of its route ({@link RouteBodyLimit}: the evidence upload
 * takes perf.evidence.max-size and its form), is refused before any endpoint runs: a declared oversized body
 * (Content-Length) is answered here with the same problem+json shape as every other error. A chunked body without a
 * length meets the HTTP layer's own, bare 413 at quarkus.http.limits.max-body-size, which must therefore be at least
 * the largest route limit (checked at start).
 */
@ApplicationScoped
public class PayloadTooLargeHandler {

    private final ProblemMessages messages;
    private final long limit;
    private final List<RouteBodyLimit> routes;

    @Inject
    public PayloadTooLargeHandler(ProblemMessages messages,
                                  @ConfigProperty(name = "perf.http.max-body-size", defaultValue = "5M") MemorySize limit,
                                  @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize httpLayerLimit,
                                  Instance<RouteBodyLimit> routes) {
        this.messages = messages;
        this.limit = limit.asLongValue();
        this.routes = routes.stream().toList();
        for (RouteBodyLimit route : this.routes) {
            if (route.limit() > httpLayerLimit.asLongValue()) {
                throw new IllegalStateException("quarkus.http.limits.max-body-size (" + httpLayerLimit.asLongValue() + " bytes) is below the body limit "
                        + route.limit() + " of " + route.getClass().getSimpleName() + ": raise it to at least that");
            }
        }
    }

    /** Ahead of Quarkus's own body-size check (route order -2). */
    void install(@Observes Router router) {
        router.route().order(-3).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String method = context.request().method().name();
        String path = context.request().path();
        RouteBodyLimit route = routes.stream().filter(r -> r.appliesTo(method, path)).findFirst().orElse(null);
        if (declaredLength(context) <= (route == null ? limit : route.limit())) {
            context.next();
            return;
        }
        String code = route == null ? "PAYLOAD_TOO_LARGE" : route.code();
        Map<String, Object> arguments = route == null ? Map.of() : route.arguments();
        Locale locale = messages.negotiate(acceptable(context.request().getHeader("Accept-Language")));
        Problem problem = new Problem(ProblemExceptionMappers.type(code), messages.title(code, locale),
                413, messages.detail(code, arguments, locale), context.request().path(), code,
                HttpEdge.requestId(context), List.of());
        context.response().setStatusCode(413)
                .putHeader("Connection", "close")
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", locale.toLanguageTag())
                .end(Json.encode(problem));
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    private static List<Locale> acceptable(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
