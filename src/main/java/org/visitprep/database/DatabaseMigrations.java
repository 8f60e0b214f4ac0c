package org.visitprep.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway when the application starts, before any request is served.
 *
 * <p>The migrations in {@code db/migration} are written once for both H2 and PostgreSQL.
 */
@Singleton
@Startup
// a production deployment on dev-only values stops before it touches the database
@DependsOn("ProductionGuard")
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "org.visitprep.database.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        transactional = true)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    /** The JNDI name of the application's data source. */
    public static final String DATA_SOURCE = "java:app/jdbc/visitprep";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        int applied = migrate(dataSource);
        LOG.info(() -> "Database schema is up to date (" + applied + " migration(s) applied now)");
    }

    /** Applies the pending migrations to the given database and answers how many ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
