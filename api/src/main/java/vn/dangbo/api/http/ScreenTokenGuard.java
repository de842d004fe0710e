package vn.dangbo.api.http;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dangbo.api.problem.Problems;

/**
 * Big-screen tokens are the only credential of their anonymous endpoints: a client address that keeps presenting
 * unknown or revoked tokens is refused (429) for a while, before any lookup, so tokens cannot be guessed at the
 * rate the general anonymous limit would allow. Only refusals count; a screen with a good token reconnecting
 * is never slowed down. In this instance's memory, like the other limits.
 */
@Provider
public class ScreenTokenGuard implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Pattern SCREEN = Pattern.compile("/?screens/[^/]+/live(/stream)?/?");

    @Context
    HttpServletRequest request;

    @Inject
    Problems problems;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!SCREEN.matcher(ctx.getUriInfo().getPath()).matches()) {
            return;
        }
        long wait = Limit.FAILURES.waitFor(HttpHardeningFilter.clientAddress(request));
        if (wait > 0) {
            ctx.abortWith(Response.fromResponse(problems.response(429, "TooManyRequests",
                    problems.message("request.tooMany", wait), null)).header("Retry-After", wait).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        if (res.getStatus() == 404 && SCREEN.matcher(req.getUriInfo().getPath()).matches()) {
            Limit.FAILURES.record(HttpHardeningFilter.clientAddress(request));
        }
    }

    /** One window for the whole instance, read from the configuration once (JAX-RS providers are singletons). */
    private static final class Limit {
        static final WindowLimit FAILURES = new WindowLimit(
                ConfigProvider.getConfig().getOptionalValue("ward.rate.screen-tokens.max", Integer.class).orElse(10),
                ConfigProvider.getConfig().getOptionalValue("ward.rate.screen-tokens.window-seconds", Long.class).orElse(300L),
                System::nanoTime);
    }
}
