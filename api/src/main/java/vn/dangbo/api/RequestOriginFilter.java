package vn.dangbo.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import vn.dangbo.records.security.RequestOrigin;

/** Tells the audit log where each request came from (behind a proxy: the first X-Forwarded-For hop). */
@Provider
public class RequestOriginFilter implements ContainerRequestFilter {

    @Inject
    RequestOrigin origin;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String forwarded = ctx.getHeaderString("X-Forwarded-For");
        String address = forwarded != null && !forwarded.isBlank()
                ? forwarded.split(",")[0].strip() : request.getRemoteAddr();
        origin.describe(address, ctx.getHeaderString("User-Agent"));
    }
}
