package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.adapter.rest.security.ActorIdentityAugmentor;
import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.access.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is looking at a dashboard page, and in which language. The actor is the one the API would see for the same
 * user (the same token validation and claims), so every page shows exactly what the API shows that user.
 */
@RequestScoped
public class Viewer {

    /** The cookie remembering the chosen language ("en", or Chinese). */
    static final String LANGUAGE_COOKIE = "perf_lang";

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private Texts texts;

    @Inject
    public Viewer(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** The signed-in actor, or empty for an anonymous browser. */
    public Optional<Actor> actor() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(ActorIdentityAugmentor.ACTOR_ATTRIBUTE));
    }

    /** The user's display name: the token's name claim where it has one, else the user id. */
    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return String.valueOf((Object) token.getClaim("name")).replace("\"", "");
        }
        return actor().map(Actor::userId).orElse("");
    }

    /** The user's roles, as labels. */
    public String rolesText() {
        return actor().map(a -> a.roles().stream().map(texts()::label).sorted().reduce((x, y) -> x + "、" + y).orElse(""))
                .orElse("");
    }

    public boolean sees(Role... roles) {
        return actor().map(a -> {
            for (Role role : roles) {
                if (a.roles().contains(role)) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    /** The language: ?lang= on the request wins, then the cookie, then Chinese. */
    public Texts texts() {
        if (texts == null) {
            String asked = request.getParam("lang");
            if (asked == null) {
                Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
                asked = cookie == null ? null : cookie.getValue();
            }
            texts = new Texts(Texts.Language.of(asked));
        }
        return texts;
    }
}
