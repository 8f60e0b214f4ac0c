package org.visitprep.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A throw-away database for one test run, migrated by Flyway, with a JPA entity manager factory on top: an H2 file
 * in a temporary folder, or a fresh database on the PostgreSQL server at 127.0.0.1:5432 that is dropped afterwards.
 *
 * <p>The entity manager factory takes its connections from a pool, as the server's persistence unit takes them from
 * the container's: EclipseLink asks for a connection for each read outside a writing transaction, and without a
 * pool each of those would start a new PostgreSQL session.
 */
public final class TestDatabase implements AutoCloseable {

    /** The server and administrative user to create throw-away PostgreSQL databases with. */
    static final String POSTGRES_ADMIN_URL =
            System.getProperty("visitprep.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");

    static final String POSTGRES_USER = System.getProperty("visitprep.test.postgres.user", "postgres");

    /** The most connections the entity manager factory holds, as many as the server's pool. */
    private static final int POOL_SIZE = 32;

    private final DatabaseKind kind;
    private final DatabaseSettings settings;
    private final DataSource dataSource;
    private final String postgresDatabaseName;
    private JdbcConnectionPool pool;
    private EntityManagerFactory entityManagerFactory;

    private TestDatabase(DatabaseKind kind, DatabaseSettings settings, String postgresDatabaseName) {
        this.kind = kind;
        this.settings = settings;
        this.dataSource = ConfiguredDataSource.forSettings(settings);
        this.postgresDatabaseName = postgresDatabaseName;
    }

    /** Creates an empty database of the given kind and applies the migrations. */
    public static TestDatabase create(DatabaseKind kind) {
        String name = "visitprep_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase database = switch (kind) {
            case H2 ->
                new TestDatabase(
                        kind,
                        new DatabaseSettings(
                                "jdbc:h2:file:" + System.getProperty("java.io.tmpdir") + "/" + name, "", ""),
                        null);
            case POSTGRESQL -> {
                createPostgresDatabase(name);
                String url = POSTGRES_ADMIN_URL.substring(0, POSTGRES_ADMIN_URL.lastIndexOf('/') + 1) + name;
                yield new TestDatabase(kind, new DatabaseSettings(url, POSTGRES_USER, ""), name);
            }
        };
        DatabaseMigrations.migrate(database.dataSource);
        return database;
    }

    private static void createPostgresDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "")) {
            admin.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The persistence tests need the PostgreSQL server at " + POSTGRES_ADMIN_URL + " (user "
                            + POSTGRES_USER + "), and it did not answer: " + e.getMessage(),
                    e);
        }
    }

    public DatabaseKind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** An entity manager factory for the test persistence unit, bound to this database. */
    public synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            pool = JdbcConnectionPool.create(pooledConnections());
            pool.setMaxConnections(POOL_SIZE);
            entityManagerFactory = Persistence.createEntityManagerFactory(
                    "visitprep-test", Map.of("jakarta.persistence.nonJtaDataSource", pool));
        }
        return entityManagerFactory;
    }

    private ConnectionPoolDataSource pooledConnections() {
        return switch (kind) {
            case H2 -> (JdbcDataSource) dataSource;
            case POSTGRESQL -> {
                PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
                postgres.setURL(settings.url());
                settings.userIfAny().ifPresent(postgres::setUser);
                if (!settings.password().isEmpty()) {
                    postgres.setPassword(settings.password());
                }
                yield postgres;
            }
        };
    }

    /** Runs the work in one committed transaction and answers its result. */
    public <T> T fetchInTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagerFactory().createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        fetchInTransaction(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    @Override
    public void close() throws SQLException {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
            pool.dispose();
        }
        if (kind == DatabaseKind.H2) {
            try (Connection connection = dataSource.getConnection()) {
                connection.createStatement().execute("drop all objects delete files");
            }
        } else {
            try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "")) {
                admin.createStatement().execute("drop database if exists " + postgresDatabaseName + " with (force)");
            }
        }
    }
}
