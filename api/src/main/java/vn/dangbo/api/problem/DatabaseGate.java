package vn.dangbo.api.problem;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** While the database is known to be away, API requests get 503 with Retry-After at once (see DatabaseOutage). */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class DatabaseGate implements ContainerRequestFilter {

    @Inject
    DatabaseOutage outage;

    @Inject
    Problems problems;

    @Override
    public void filter(ContainerRequestContext request) {
        if (outage.refusing()) {
            request.abortWith(outage.response(problems));
        }
    }
}
