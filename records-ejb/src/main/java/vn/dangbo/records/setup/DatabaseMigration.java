package vn.dangbo.records.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else runs. The data source is declared here, read
 * from the environment (WARD_DB_URL, WARD_DB_USER, WARD_DB_PASSWORD): Payara resolves ${ENV=…}
 * before the application's own configuration is available.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${ENV=WARD_DB_URL}",
        user = "${ENV=WARD_DB_USER}",
        password = "${ENV=WARD_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // A database out of reach must fail a request within seconds (then 503 with Retry-After),
                // not hold it for the operating system's TCP timeout.
                "connectTimeout=5000",
                "rewriteBatchedStatements=true",
                "cachePrepStmts=true",
                "useServerPrepStmts=false",
                "characterEncoding=UTF-8",
                "connectionCollation=utf8mb4_vietnamese_ci"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/ward";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
