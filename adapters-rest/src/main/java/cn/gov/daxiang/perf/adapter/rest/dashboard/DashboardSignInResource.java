package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.security.DashboardSessionMechanism;
import cn.gov.daxiang.perf.adapter.rest.security.DemoIdentity;
import cn.gov.daxiang.perf.adapter.rest.security.DemoTokens;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Signing in to the dashboard. The embedded default offers its demo identities: choosing one puts that identity's
 * token into the dashboard's session cookie (HttpOnly, SameSite=Strict, only for /dashboard). Production signs in at
 * the bureau's OpenID Connect provider (authorization code flow, quarkus-oidc): /dashboard/sign-in/oidc starts it and
 * the provider's ID token is the session, with the same claims as an API token.
 */
@Path("/dashboard")
public class DashboardSignInResource {

    private final Viewer viewer;
    private final Template signIn;
    private final Instance<DemoTokens> demoTokens;
    private final boolean oidc;

    public DashboardSignInResource(Viewer viewer, @Location("dashboard/sign-in.html") Template signIn, Instance<DemoTokens> demoTokens,
                                   @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidc) {
        this.viewer = viewer;
        this.signIn = signIn;
        this.demoTokens = demoTokens;
        this.oidc = oidc;
    }

    /** A demo identity as the sign-in page lists it. */
    @TemplateData
    public record Choice(String id, String name, String role) {
    }

    @GET
    @Path("/sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("next") String next, @QueryParam("lang") String lang) {
        Response.ResponseBuilder page = page(200, "", next);
        if (lang != null) {
            // The language chosen before signing in stays chosen after it.
            page.cookie(new NewCookie.Builder(Viewer.LANGUAGE_COOKIE).value(Texts.Language.of(lang) == Texts.Language.EN ? "en" : "zh")
                    .path(DashboardSessionMechanism.PATH).sameSite(NewCookie.SameSite.STRICT).maxAge(365 * 24 * 3600).build());
        }
        return page.build();
    }

    @POST
    @Path("/sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("identity") String identity, @QueryParam("next") String next) {
        if (!demoTokens.isResolvable()) {
            return page(404, viewer.texts().get("signIn.none"), next).build();
        }
        Optional<String> token = identity == null ? Optional.empty() : demoTokens.get().sign(identity);
        if (token.isEmpty()) {
            return page(400, viewer.texts().get("signIn.unknown"), next).build();
        }
        return Response.seeOther(URI.create(safeNext(next)))
                .cookie(new NewCookie.Builder(DashboardSessionMechanism.COOKIE).value(token.get()).path(DashboardSessionMechanism.PATH)
                        .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).maxAge((int) DemoTokens.LIFETIME.toSeconds()).build())
                .build();
    }

    /** The production sign-in: the provider's login when not signed in yet (an HTTP permission demands the code flow here), then the overview. */
    @GET
    @Path("/sign-in/oidc")
    public Response oidc() {
        return Response.seeOther(URI.create("/dashboard")).build();
    }

    @POST
    @Path("/sign-out")
    public Response signOut() {
        return Response.seeOther(URI.create("/dashboard/sign-in"))
                .cookie(new NewCookie.Builder(DashboardSessionMechanism.COOKIE).value("").path(DashboardSessionMechanism.PATH)
                                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).maxAge(0).build(),
                        new NewCookie.Builder("q_session").value("").path(DashboardSessionMechanism.PATH).httpOnly(true).maxAge(0).build())
                .build();
    }

    private Response.ResponseBuilder page(int status, String message, String next) {
        Texts t = viewer.texts();
        List<Choice> identities = demoTokens.isResolvable()
                ? DemoIdentity.ALL.stream().map(i -> new Choice(i.id(), i.name(), t.label(i.role()))).toList() : List.of();
        boolean english = t.language() == Texts.Language.EN;
        String html = signIn.data("t", t).data("identities", identities).data("oidc", oidc).data("message", message)
                .data("otherLanguage", t.get("frame.language." + (english ? "ZH" : "EN")))
                .data("action", Formats.link("/dashboard/sign-in", "next", safeNext(next)))
                .data("otherLanguageHref", Formats.link("/dashboard/sign-in", "lang", english ? "zh" : "en", "next", next == null ? null : safeNext(next)))
                .render();
        return Response.status(status).entity(html).type(DashboardResource.HTML).header("Cache-Control", "no-store");
    }

    /** Only a path on this dashboard: never an absolute URL (no open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/dashboard") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/dashboard/sign-in")) {
            return "/dashboard";
        }
        try {
            URI uri = URI.create(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/dashboard";
        } catch (IllegalArgumentException notAUri) {
            return "/dashboard";
        }
    }
}
