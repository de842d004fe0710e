package vn.dangbo.records.setup;

import org.eclipse.persistence.platform.database.MySQLPlatform;

/**
 * EclipseLink's MySQL platform, reading a new row's id with {@code SELECT LAST_INSERT_ID()} instead of the
 * driver's generated keys. On the generated-keys path EclipseLink 4.0.7 never closes the INSERT statement: each
 * one stayed open in the driver for the life of its pooled connection, with its parameters and result, and the
 * soak benchmark's class histograms counted thousands after a few minutes of dossier edits.
 */
public class WardMySQLPlatform extends MySQLPlatform {

    public WardMySQLPlatform() {
        setSupportsReturnGeneratedKeys(false);
    }
}
