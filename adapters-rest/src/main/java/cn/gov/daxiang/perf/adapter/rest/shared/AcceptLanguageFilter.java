package cn.gov.daxiang.perf.adapter.rest.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An Accept-Language header the JAX-RS runtime cannot parse ({@code en;q=abc}, a q above 1) makes every read of it
 * throw, even while an error is being answered, so the caller got a 500 for a header. Such a header is dropped before
 * anything reads it: the answer is in the default language, as for a caller who states no preference.
 */
public class AcceptLanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void dropMalformedAcceptLanguage(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return;
        }
        try {
            request.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
