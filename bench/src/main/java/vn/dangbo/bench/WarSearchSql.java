package vn.dangbo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.dangbo.records.member.MemberQuery;
import vn.dangbo.records.member.MemberSearchSql;

/**
 * The member-search SQL of the WAR under test: MemberSearchSql loaded from the records-ejb jar
 * inside handbook-web.war, not from the benchmark's own class path, so the JDBC side always runs
 * the statements of the application it is compared with, even when the sources have moved on since
 * the WAR was built.
 */
final class WarSearchSql {

    /** The statements of one search. */
    record Sql(String count, String select, List<Object> params) {
    }

    private final String origin;
    private final Method of;
    private final Constructor<?> newQuery;
    private final Class<?> statusType;
    private final Method count;
    private final Method select;
    private final Method params;

    private WarSearchSql(String origin, ClassLoader loader) throws ReflectiveOperationException {
        this.origin = origin;
        Class<?> sqlType = Class.forName(MemberSearchSql.class.getName(), true, loader);
        Class<?> queryType = Class.forName(MemberQuery.class.getName(), true, loader);
        statusType = Class.forName("vn.dangbo.records.member.MemberStatus", true, loader);
        of = sqlType.getMethod("of", Collection.class, queryType);
        newQuery = queryType.getConstructor(String.class, Long.class, statusType, int.class, int.class);
        count = sqlType.getMethod("count");
        select = sqlType.getMethod("select");
        params = sqlType.getMethod("params");
    }

    /** Where the SQL comes from, for the report. */
    String origin() {
        return origin;
    }

    /**
     * Loads MemberSearchSql from the WAR's WEB-INF/lib/records-ejb*.jar (copied into {@code work}); falls
     * back to the benchmark's own copy, saying so, when the WAR has none.
     */
    static WarSearchSql from(Path war, Path work) throws IOException, ReflectiveOperationException {
        try (ZipFile zip = new ZipFile(war.toFile())) {
            ZipEntry jar = zip.stream()
                    .filter(e -> e.getName().startsWith("WEB-INF/lib/records-ejb") && e.getName().endsWith(".jar"))
                    .findFirst().orElse(null);
            if (jar == null) {
                return new WarSearchSql("the benchmark's own records-ejb (none found in " + war.getFileName() + ")",
                        WarSearchSql.class.getClassLoader());
            }
            Files.createDirectories(work);
            Path copy = work.resolve("records-ejb-from-war.jar");
            try (InputStream in = zip.getInputStream(jar)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            // The platform loader as parent: the WAR's classes, never the benchmark's copies of them.
            @SuppressWarnings("resource") // lives as long as the benchmark
            URLClassLoader loader = new URLClassLoader(new URL[] {copy.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            return new WarSearchSql(jar.getName() + " inside " + war.getFileName(), loader);
        }
    }

    Sql of(Collection<Long> cells, MemberQuery q) throws BuildFailure {
        try {
            Object status = null;
            if (q.status() != null) {
                for (Object constant : statusType.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(q.status().name())) {
                        status = constant;
                    }
                }
            }
            Object query = newQuery.newInstance(q.text(), q.unitId(), status, q.page(), q.size());
            Object sql = of.invoke(null, cells, query);
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) params.invoke(sql);
            return new Sql((String) count.invoke(sql), (String) select.invoke(sql), values);
        } catch (InvocationTargetException e) {
            throw new BuildFailure("MemberSearchSql.of failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new BuildFailure("MemberSearchSql.of could not be called", e);
        }
    }

    /** The WAR's SQL builder failed. */
    static final class BuildFailure extends Exception {
        private static final long serialVersionUID = 1L;

        BuildFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
