package org.visitprep.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source the container pools for {@code java:app/jdbc/visitprep}: it reads {@link DatabaseSettings} from
 * MicroProfile Config when first asked for a connection and hands the work to the H2 or PostgreSQL driver.
 *
 * <p>Declaring the database through this class keeps the choice in configuration (environment variables or any
 * MicroProfile Config source) rather than in server-specific resource files.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    /** Builds the driver's own data source for the given settings. */
    public static DataSource forSettings(DatabaseSettings settings) {
        return switch (settings.kind()) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(settings.url());
                h2.setUser(settings.user());
                h2.setPassword(settings.password());
                yield h2;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(settings.url());
                settings.userIfAny().ifPresent(postgres::setUser);
                if (!settings.password().isEmpty()) {
                    postgres.setPassword(settings.password());
                }
                yield postgres;
            }
        };
    }

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    var config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
                    target = forSettings(DatabaseSettings.from(config));
                }
                current = target;
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
