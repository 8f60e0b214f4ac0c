package org.visitprep.database;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the database is and how to sign in to it, as configured by MicroProfile Config ({@code visitprep.db.url},
 * {@code visitprep.db.user}, {@code visitprep.db.password}; as environment variables {@code VISITPREP_DB_URL} and so on).
 *
 * @param url the JDBC URL; only H2 and PostgreSQL URLs are accepted
 * @param user the database user, empty for none
 * @param password the database password, empty for none; never printed
 */
public record DatabaseSettings(String url, String user, String password) {

    static final String URL_KEY = "visitprep.db.url";
    static final String USER_KEY = "visitprep.db.user";
    static final String PASSWORD_KEY = "visitprep.db.password";

    /** The embedded default: an H2 file in the VisitPrep folder of the user's home. */
    public static final String EMBEDDED_DEFAULT_URL = "jdbc:h2:file:~/.visitprep/data/visitprep";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        kindOf(url);
    }

    /** Reads the settings from configuration, falling back to the embedded H2 file. */
    public static DatabaseSettings from(Config config) {
        return new DatabaseSettings(
                config.getOptionalValue(URL_KEY, String.class).orElse(EMBEDDED_DEFAULT_URL),
                config.getOptionalValue(USER_KEY, String.class).orElse(""),
                config.getOptionalValue(PASSWORD_KEY, String.class).orElse(""));
    }

    public DatabaseKind kind() {
        return kindOf(url);
    }

    private static DatabaseKind kindOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return DatabaseKind.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return DatabaseKind.POSTGRESQL;
        }
        throw new IllegalArgumentException("The database URL in " + URL_KEY
                + " must start with jdbc:h2: or jdbc:postgresql:, but it starts with '"
                + url.substring(0, Math.min(url.length(), 16)) + "'");
    }

    Optional<String> userIfAny() {
        return user.isEmpty() ? Optional.empty() : Optional.of(user);
    }

    /** Says where the database is without its password, for logs and readiness answers. */
    @Override
    public String toString() {
        return kind() + " database at " + url.replaceAll("(?i)password=[^;&]*", "password=***");
    }
}
