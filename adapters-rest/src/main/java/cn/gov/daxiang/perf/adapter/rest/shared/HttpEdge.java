package cn.gov.daxiang.perf.adapter.rest.shared;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The first thing every HTTP request meets, before any other route of the API or the management interface (Vert.x
 * route order {@link Integer#MIN_VALUE}): it gives the request its id and makes sure every answer — a resource's,
 * an exception mapper's, or one a Vert.x handler makes before JAX-RS (413, 404) — carries that id and the security
 * headers a JSON API sends.
 * <ul>
 *   <li>{@code X-Request-Id}: the caller's when it matches {@link #SANE_REQUEST_ID}, else a new UUID; the audit trail
 *   and problem bodies record exactly this id.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer}
 *   and a Content-Security-Policy on every answer: {@code default-src 'none'; frame-ancestors 'none'} on data
 *   (JSON, problem+json, spreadsheets, text), only {@code frame-ancestors 'none'} on the rest (Swagger UI's pages
 *   and scripts, which must still load).</li>
 *   <li>{@code Cache-Control: no-store} on data and on everything under {@code /api/}: answers depend on the
 *   caller's token and must not stay in any cache.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEdge {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** Routing-context key of the request's id. */
    public static final String REQUEST_ID = "perf.requestId";
    /** Letters, digits, dot, underscore, hyphen; 8 to 64 of them: safe in a header, a log line and an HTML page. */
    public static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void onApi(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(HttpEdge::handle);
    }

    void onManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(HttpEdge::handle);
    }

    static void handle(RoutingContext context) {
        String id = requestId(context.request().getHeader(REQUEST_ID_HEADER));
        context.put(REQUEST_ID, id);
        context.response().putHeader(REQUEST_ID_HEADER, id);
        context.addHeadersEndHandler(ignored -> secure(context, id));
        context.next();
    }

    /** The caller's id when it is sane, else a new one. */
    public static String requestId(String given) {
        return given != null && SANE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The request's id as {@link #handle} assigned it; null outside an HTTP request. */
    public static String requestId(RoutingContext context) {
        return context == null ? null : context.get(REQUEST_ID);
    }

    private static void secure(RoutingContext context, String id) {
        MultiMap headers = context.response().headers();
        headers.set(REQUEST_ID_HEADER, id);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        boolean data = isData(headers.get("Content-Type"));
        headers.set("Content-Security-Policy", data ? "default-src 'none'; frame-ancestors 'none'" : "frame-ancestors 'none'");
        if (data || context.request().path() != null && context.request().path().startsWith("/api/")) {
            headers.set("Cache-Control", "no-store");
        }
    }

    static boolean isData(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        type = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return type.equals("application/json") || type.endsWith("+json") || type.startsWith("text/plain")
                || type.equals("text/csv") || type.startsWith("application/vnd.openxmlformats-officedocument")
                || type.equals("application/vnd.ms-excel") || type.equals("application/octet-stream")
                // evidence files served for download (PDF, images): never run anything in them if opened
                || type.equals("application/pdf") || type.startsWith("image/");
    }
}
