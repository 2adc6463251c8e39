package cn.gov.daxiang.perf.adapter.rest.error;

import cn.gov.daxiang.perf.adapter.rest.shared.HttpEdge;
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
 * A body over quarkus.http.limits.max-body-size is refused by the HTTP layer before any endpoint runs.
 * This refuses a declared oversized body (Content-Length) first, with the same problem+json shape as every
 * other error; a chunked body without a length still meets the HTTP layer's own, bare 413.
 */
@ApplicationScoped
public class PayloadTooLargeHandler {

    private final ProblemMessages messages;
    private final long limit;

    @Inject
    public PayloadTooLargeHandler(ProblemMessages messages,
                                  @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize limit) {
        this.messages = messages;
        this.limit = limit.asLongValue();
    }

    /** Ahead of Quarkus's own body-size check (route order -2). */
    void install(@Observes Router router) {
        router.route().order(-3).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (declaredLength(context) <= limit) {
            context.next();
            return;
        }
        Locale locale = messages.negotiate(acceptable(context.request().getHeader("Accept-Language")));
        Problem problem = new Problem("urn:daxiang-perf:problem:payload-too-large", messages.title("PAYLOAD_TOO_LARGE", locale),
                413, messages.detail("PAYLOAD_TOO_LARGE", Map.of(), locale), context.request().path(), "PAYLOAD_TOO_LARGE",
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
