package org.civicledger.gateway.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.civicledger.gateway.auth.Caller;
import org.civicledger.gateway.auth.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's pages (HTML for people, not part of the API: hidden from the OpenAPI document), its sign-in and its
 * sign-out. Signing in takes a caller's token once and answers a session cookie ({@value ConsoleCookies#SESSION}:
 * {@code HttpOnly}, {@code SameSite=Strict}, {@code Secure} over TLS) that the pages' API calls then carry instead of
 * the token ({@code auth.BearerAuthFilter}); their writes also carry the session's CSRF token. Sign-in and sign-out
 * are forms that work without script; a form posted from another site is refused ({@link ConsoleCookies#sameOrigin}).
 */
@Path("/console")
public class ConsoleResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    @Inject
    ConsoleSessions sessions;

    @Inject
    Callers callers;

    @Context
    UriInfo uri;

    @GET
    @Operation(hidden = true)
    public Response root(@CookieParam(ConsoleCookies.SESSION) String id) {
        return sessions.find(id).map(this::home).orElseGet(() -> see("/console/signin"));
    }

    @GET
    @Path("/signin")
    @Operation(hidden = true)
    public Response signInPage(@CookieParam(ConsoleCookies.SESSION) String id, @QueryParam("lang") String lang,
                               @QueryParam("ended") String ended,
                               @CookieParam(ConsoleLanguage.COOKIE) String remembered) {
        Optional<ConsoleSession> session = sessions.find(id);
        if (session.isPresent()) {
            return home(session.get());
        }
        ConsoleLanguage language = ConsoleLanguage.choose(lang, remembered);
        String notice = "1".equals(ended) ? "common.sessionEnded" : null;
        return html(200, ConsoleShell.signIn(viewer(language, null), null, notice), language, lang);
    }

    @POST
    @Path("/signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@FormParam("token") String token, @HeaderParam("Origin") String origin,
                           @HeaderParam("Sec-Fetch-Site") String fetchSite, @HeaderParam("Host") String host,
                           @CookieParam(ConsoleLanguage.COOKIE) String remembered) {
        ConsoleLanguage language = ConsoleLanguage.choose(null, remembered);
        if (!ConsoleCookies.sameOrigin(origin, fetchSite, host)) {
            return html(403, ConsoleShell.forbidden(viewer(language, null)), language, null);
        }
        Optional<Caller> caller = callers.authenticate(token == null ? null : token.strip());
        if (caller.isEmpty()) {
            String key = token == null || token.isBlank() ? "common.tokenMissing" : "common.tokenUnknown";
            return html(401, ConsoleShell.signIn(viewer(language, null), key, null), language, null);
        }
        ConsoleSessions.Opened opened = sessions.open(caller.get());
        return Response.fromResponse(home(opened.session()))
                .header("Set-Cookie", ConsoleCookies.session(opened.id(), secure())).build();
    }

    @POST
    @Path("/signout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut(@CookieParam(ConsoleCookies.SESSION) String id, @FormParam("csrf") String csrf,
                            @CookieParam(ConsoleLanguage.COOKIE) String remembered) {
        Optional<ConsoleSession> session = sessions.find(id);
        if (session.isPresent() && !ConsoleSessions.csrfMatches(session.get(), csrf)) {
            ConsoleLanguage language = ConsoleLanguage.choose(null, remembered);
            return html(403, ConsoleShell.forbidden(viewer(language, session.get())), language, null);
        }
        sessions.close(id);
        return Response.fromResponse(see("/console/signin")).header("Set-Cookie", ConsoleCookies.ended(secure())).build();
    }

    @GET
    @Path("/{area: community|bank|audit|public}/{name: [a-z-]{1,40}}")
    @Operation(hidden = true)
    public Response page(@PathParam("area") String area, @PathParam("name") String name,
                         @CookieParam(ConsoleCookies.SESSION) String id, @QueryParam("lang") String lang,
                         @CookieParam(ConsoleLanguage.COOKIE) String remembered) {
        ConsoleLanguage language = ConsoleLanguage.choose(lang, remembered);
        Optional<ConsolePage> page = ConsolePage.of(area, name);
        Optional<ConsoleSession> session = sessions.find(id);
        if (page.isEmpty()) {
            return html(404, ConsoleShell.forbidden(viewer(language, session.orElse(null))), language, lang);
        }
        if (page.get().isPublic()) {
            return html(200, ConsoleShell.page(page.get(), viewer(language, session.orElse(null))), language, lang);
        }
        if (session.isEmpty()) {
            return see(id == null ? "/console/signin" : "/console/signin?ended=1");
        }
        if (!page.get().allows(session.get().caller().role())) {
            return html(403, ConsoleShell.forbidden(viewer(language, session.get())), language, lang);
        }
        return html(200, ConsoleShell.page(page.get(), viewer(language, session.get())), language, lang);
    }

    private Response home(ConsoleSession session) {
        return ConsolePage.home(session.caller().role()).map(p -> see(p.path()))
                .orElseGet(() -> {
                    ConsoleLanguage language = ConsoleLanguage.ZH_CN;
                    return html(200, ConsoleShell.noPages(viewer(language, session)), language, null);
                });
    }

    private ConsoleShell.Viewer viewer(ConsoleLanguage language, ConsoleSession session) {
        URI request = uri.getRequestUri();
        String path = request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
        return new ConsoleShell.Viewer(language, session, path);
    }

    private boolean secure() {
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
    }

    private Response html(int status, String body, ConsoleLanguage language, String asked) {
        Response.ResponseBuilder answer = Response.status(status).type(HTML).entity(body)
                .header("Cache-Control", "no-store").header("Content-Language", language.tag());
        if (ConsoleLanguage.of(asked).isPresent()) {
            answer.header("Set-Cookie", ConsoleCookies.language(language, secure()));
        }
        return answer.build();
    }

    static Response see(String path) {
        return Response.seeOther(URI.create(path)).header("Cache-Control", "no-store").build();
    }
}
