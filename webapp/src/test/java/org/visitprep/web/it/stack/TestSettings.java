package org.visitprep.web.it.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The settings the build hands the integration tests as system properties; a missing one stops the run loudly. */
public final class TestSettings {

    private TestSettings() {}

    public static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The integration tests need the system property " + name
                    + "; run them through Maven (./visitprep test), which sets it.");
        }
        return value;
    }

    public static int port(String name) {
        return Integer.parseInt(required("visitprep.it." + name + ".port"));
    }

    /** A file or folder the tests need, which must exist. */
    public static Path existingPath(String name, String whatProvidesIt) {
        Path path = Path.of(required(name));
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: " + whatProvidesIt);
        }
        return path;
    }

    /** The folder the tests of this module write logs and databases to. */
    public static Path workFolder() {
        Path work = Path.of(required("visitprep.it.work"));
        try {
            return Files.createDirectories(work);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create " + work, e);
        }
    }

    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
