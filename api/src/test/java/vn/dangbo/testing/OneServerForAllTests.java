package vn.dangbo.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;

/**
 * Payara Micro's Arquillian container starts a new server for every deployment, that is for every
 * test class: about twenty seconds each. Every API test deploys the same application and talks to
 * it only over HTTP, with names unique per test, so one server can serve them all. This container
 * keeps the server of the first deployment running while the next class deploys an archive with the
 * same content, starts a fresh one when the content differs, and stops it when the suite ends (the
 * parent's shutdown hook stops it too if the JVM dies first).
 */
public class OneServerForAllTests extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(OneServerForAllTests.class.getName());

    private Archive<?> running;
    private String runningContent;
    private ProtocolMetaData runningMetaData;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String content = contentOf(archive);
        if (running != null && content.equals(runningContent)) {
            LOG.info("Reusing the running server for " + archive.getName());
            return runningMetaData;
        }
        stopRunning();
        runningMetaData = super.deploy(archive);
        running = archive;
        runningContent = content;
        return runningMetaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept for the next test class; stopped in stop()
    }

    @Override
    public void stop() throws LifecycleException {
        stopRunning();
        super.stop();
    }

    private void stopRunning() {
        if (running != null) {
            try {
                super.undeploy(running);
            } catch (DeploymentException e) {
                LOG.warning("Could not stop the test server: " + e);
            }
            running = null;
            runningContent = null;
            runningMetaData = null;
        }
    }

    /** Paths and sizes of every entry: two builds of the same deployment give the same string. */
    private static String contentOf(Archive<?> archive) {
        var entries = new TreeMap<String, Long>();
        archive.getContent().forEach((path, node) -> entries.put(path.get(), sizeOf(node)));
        return archive.getName() + entries;
    }

    private static long sizeOf(Node node) {
        if (node.getAsset() == null) {
            return -1;
        }
        try (var in = node.getAsset().openStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            return -2;
        }
    }

    /** Registered in META-INF/services in place of the container Payara ships. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                    OneServerForAllTests.class);
        }
    }
}
