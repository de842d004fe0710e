package vn.dangbo.api;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as Payara Micro runs it: our packages, the migrations, the configuration, and the
 * third-party jars the real WAR carries (listed by Maven in runtime-classpath.txt).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "ward.war")
                .addPackages(true, "vn.dangbo.records", "vn.dangbo.api")
                .deleteClass(Deployments.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties")
                .addAsResource("vn/dangbo/records/Messages.properties")
                .addAsResource("vn/dangbo/records/Messages_en.properties")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml");
        // The api jar's web-fragment.xml (error pages) is read only from a jar; here the classes are loose.
        war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(webXml()));
        // Test classes live in the same packages; they do not belong on the server.
        testClasses().forEach(war::deleteClass);
        migrations().forEach(m -> war.addAsResource(m));
        for (String jar : runtimeJars()) {
            war.addAsLibrary(new File(jar));
        }
        return war;
    }

    private static String webXml() {
        try (var in = Deployments.class.getClassLoader().getResourceAsStream("META-INF/web-fragment.xml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("<web-fragment", "<web-app").replace("</web-fragment>", "</web-app>")
                    .replace("web-fragment_6_0.xsd", "web-app_6_0.xsd");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> runtimeJars() {
        String file = System.getProperty("runtime.classpath.file", "target/runtime-classpath.txt");
        try {
            String cp = Files.readString(Path.of(file)).strip();
            return cp.isEmpty() ? List.of() : List.of(cp.split(File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException("Run through Maven: " + file + " lists the WAR's libraries", e);
        }
    }

    /** The SQL files under db/migration, wherever the migrations module sits on the classpath. */
    static List<String> migrations() {
        URL url = Deployments.class.getClassLoader().getResource("db/migration");
        if (url == null) {
            throw new IllegalStateException("db/migration is not on the test classpath");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                String path = url.getPath();
                String jar = path.substring("file:".length(), path.indexOf("!/"));
                try (JarFile jf = new JarFile(jar)) {
                    return Collections.list(jf.entries()).stream().map(e -> e.getName())
                            .filter(n -> n.startsWith("db/migration/") && n.endsWith(".sql")).toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(p -> "db/migration/" + p.getFileName()).filter(n -> n.endsWith(".sql")).toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> testClasses() {
        return List.of(Tokens.class, Http.class, Http.Reply.class, World.class, Congresses.class,
                Congresses.Prepared.class, Elections.class, Elections.Hall.class, Resolutions.class,
                Resolutions.Prepared.class, OwnServer.class, OwnServer.Check.class, OwnServer.Instance.class,
                EventStream.class);
    }
}
