package org.visitprep.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The development defaults ({@code META-INF/visitprep-dev.properties}: the development realm, the test EHR's
 * registration and its demo clinicians), as a config source read only when the process runs the {@code dev} profile.
 * In production it is empty, so a setting the environment lacks stays missing instead of silently taking a demo
 * value. Its ordinal is below {@code microprofile-config.properties}, so every other source overrides it.
 */
public final class DevDefaults implements ConfigSource {

    public static final String RESOURCE = "META-INF/visitprep-dev.properties";

    /** Below the default 100 of {@code microprofile-config.properties}. */
    static final int ORDINAL = 50;

    private final Map<String, String> values;

    public DevDefaults() {
        this(DeploymentProfile.ofThisProcess());
    }

    DevDefaults(DeploymentProfile profile) {
        this.values = profile.isDev() ? published() : Map.of();
    }

    /** Every development default, whatever the profile: what {@link ProductionGuard} refuses to see in production. */
    public static Map<String, String> published() {
        Properties properties = new Properties();
        try (InputStream in = DevDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return Map.copyOf(map);
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "VisitPrep development defaults (" + RESOURCE + ")";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
