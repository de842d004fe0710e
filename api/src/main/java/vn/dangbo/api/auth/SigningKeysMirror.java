package vn.dangbo.api.auth;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mirrors Keycloak's signing keys into the file the token check reads (see {@link JwksMirror}) when the
 * deployment is configured for it (ward.auth.jwks-source and ward.auth.jwks-file, as the launcher does). The
 * first copy is made while the application starts, before any request; then once a minute, so a key rotated
 * in Keycloak is known here within minutes.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SigningKeysMirror {

    private static final Logger LOG = Logger.getLogger(SigningKeysMirror.class.getName());

    @Inject
    @ConfigProperty(name = "ward.auth.jwks-source")
    Optional<String> source;

    @Inject
    @ConfigProperty(name = "ward.auth.jwks-file")
    Optional<String> file;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private JwksMirror mirror;
    private ScheduledFuture<?> refresher;
    private JwksMirror.Outcome last;

    @PostConstruct
    void start() {
        if (source.isEmpty() || file.isEmpty()) {
            return;
        }
        mirror = new JwksMirror(URI.create(source.get()), Path.of(file.get()));
        refresh();
        refresher = scheduler.scheduleWithFixedDelay(this::refresh, 60, 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (refresher != null) {
            refresher.cancel(false);
        }
    }

    private void refresh() {
        JwksMirror.Outcome now;
        try {
            now = mirror.refresh();
        } catch (RuntimeException e) {
            // An unexpected failure must not cancel the schedule: the last good keys stay, the next minute retries.
            LOG.log(java.util.logging.Level.WARNING, "Refreshing the signing keys failed", e);
            now = JwksMirror.Outcome.KEPT_LAST_GOOD;
        }
        if (now == JwksMirror.Outcome.KEPT_LAST_GOOD && last != JwksMirror.Outcome.KEPT_LAST_GOOD) {
            LOG.warning("The sign-in service's keys could not be read from " + source.get()
                    + "; tokens are checked with the last keys read (" + mirror.file() + ")");
        } else if (now == JwksMirror.Outcome.UPDATED) {
            LOG.info("Signing keys updated from " + source.get());
        }
        last = now;
    }
}
