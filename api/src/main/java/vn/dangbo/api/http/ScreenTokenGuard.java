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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int MAX_CLIENTS = 50_000;
    private static final Map<String, Deque<Long>> FAILURES = new ConcurrentHashMap<>();

    @Context
    HttpServletRequest request;

    @Inject
    Problems problems;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!SCREEN.matcher(ctx.getUriInfo().getPath()).matches()) {
            return;
        }
        long wait = waitFor(HttpHardeningFilter.clientAddress(request), System.nanoTime(), false);
        if (wait > 0) {
            ctx.abortWith(Response.fromResponse(problems.response(429, "TooManyRequests",
                    problems.message("request.tooMany", wait), null)).header("Retry-After", wait).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        if (res.getStatus() == 404 && SCREEN.matcher(req.getUriInfo().getPath()).matches()) {
            waitFor(HttpHardeningFilter.clientAddress(request), System.nanoTime(), true);
        }
    }

    /** Seconds this client must wait (0: go ahead); {@code failed} counts one more refusal first. */
    static long waitFor(String client, long now, boolean failed) {
        int max = ConfigProvider.getConfig().getOptionalValue("ward.rate.screen-tokens.max", Integer.class).orElse(10);
        long window = ConfigProvider.getConfig().getOptionalValue("ward.rate.screen-tokens.window-seconds", Long.class)
                .orElse(300L) * 1_000_000_000L;
        if (FAILURES.size() > MAX_CLIENTS) {
            FAILURES.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || now - e.getValue().peekLast() >= window;
                }
            });
        }
        Deque<Long> times = failed ? FAILURES.computeIfAbsent(client, c -> new ArrayDeque<>()) : FAILURES.get(client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= window) {
                times.pollFirst();
            }
            if (failed) {
                times.addLast(now);
            }
            if (times.size() < max) {
                return 0;
            }
            return Math.max(1, (times.peekFirst() + window - now + 999_999_999L) / 1_000_000_000L);
        }
    }
}
