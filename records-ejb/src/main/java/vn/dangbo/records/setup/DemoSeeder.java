package vn.dangbo.records.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dangbo.records.congress.DemoCongress;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.demo.DemoWardWriter;
import vn.dangbo.records.fee.DemoFees;
import vn.dangbo.records.meeting.DemoMeetings;
import vn.dangbo.records.skills.DemoSkillsClasses;
import vn.dangbo.records.notice.DemoNotices;

/**
 * Fills an empty database with the invented demo ward when ward.demo.seed is true (./run.sh sets
 * it). It never touches a database that already has units, so a restart keeps whatever was changed; the one
 * exception is the demo congress, added once to a demo ward's database seeded before congresses existed.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "ward.demo.seed", defaultValue = "false")
    boolean seed;

    @PostConstruct
    void seedIfEmpty() {
        if (!seed) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            // The lock row makes a second instance starting at the same moment wait, then find the data.
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM party_unit FOR UPDATE")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    String delegate = DemoWard.ACCOUNTS.stream().filter(a -> "daibieu.01".equals(a.username()))
                            .findFirst().orElseThrow().displayName();
                    boolean added = DemoCongress.isDemoWard(c, delegate) && DemoCongress.writeIfAbsent(c,
                            DemoWard.Spec.demo(LocalDate.now()).wardName(), LocalDate.now());
                    c.commit();
                    if (added) {
                        LOG.info("Demo congress added");
                    }
                    return;
                }
            }
            DemoWard ward = DemoWard.build(DemoWard.Spec.demo(LocalDate.now()));
            var counts = DemoWardWriter.write(c, ward);
            DemoFees.write(c, ward, LocalDate.now());
            DemoMeetings.write(c, ward, LocalDate.now());
            DemoSkillsClasses.write(c, ward, LocalDate.now());
            DemoNotices.write(c, ward, LocalDate.now());
            vn.dangbo.records.unitrating.DemoUnitRatings.write(c, ward, LocalDate.now());
            vn.dangbo.records.wardpublic.DemoWardPage.write(c, ward, LocalDate.now());
            vn.dangbo.records.library.DemoLibrary.write(c, LocalDate.now());
            vn.dangbo.records.resolution.DemoResolutions.write(c, ward, LocalDate.now());
            DemoCongress.writeIfAbsent(c, ward.spec().wardName(), LocalDate.now());
            c.commit();
            LOG.info(() -> "Demo ward seeded: " + counts);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the demo ward", e);
        }
    }
}
