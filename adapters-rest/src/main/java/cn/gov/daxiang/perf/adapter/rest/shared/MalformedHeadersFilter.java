package cn.gov.daxiang.perf.adapter.rest.shared;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request headers the JAX-RS runtime cannot parse fail the request with a 500 wherever they are first read (even
 * while an error is being answered), so a caller got a server error for a header. They are dealt with before anything
 * reads them:
 * <ul>
 *   <li>an Accept-Language that does not parse ({@code en;q=abc}, a q above 1) is dropped: the answer is in the
 *       default language, as for a caller who states no preference;</li>
 *   <li>a Content-Type that is no media type ({@code garbage}) is 415, as for any type the operation does not take.</li>
 * </ul>
 */
public class MalformedHeadersFilter {

    @ServerRequestFilter(preMatching = true)
    public void checkHeaders(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            try {
                request.getAcceptableLanguages();
            } catch (RuntimeException malformed) {
                request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
            }
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank()) {
            try {
                MediaType.valueOf(contentType);
            } catch (IllegalArgumentException malformed) {
                throw new NotSupportedException("Content-Type is not a media type");
            }
        }
    }
}
