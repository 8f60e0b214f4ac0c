package org.visitprep.deployment;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether this deployment is a developer's machine, the demo and the tests ({@code dev}), or a real one
 * ({@code production}, the default). Only {@code dev} reads the development defaults ({@link DevDefaults}), accepts
 * plain http to an EHR on this machine, and lets dev-only demo values through ({@link ProductionGuard}).
 */
public enum DeploymentProfile {
    DEV,
    PRODUCTION;

    /** The setting, {@code VISITPREP_PROFILE} in the environment. */
    public static final String SETTING = "visitprep.profile";

    public static final String ENVIRONMENT_VARIABLE = "VISITPREP_PROFILE";

    /**
     * The profile of this process: the system property {@code visitprep.profile}, else the environment variable
     * {@code VISITPREP_PROFILE}. It is read before MicroProfile Config is (it chooses a config source), so no other
     * source can set it.
     */
    public static DeploymentProfile ofThisProcess() {
        return named(Optional.ofNullable(System.getProperty(SETTING)).orElse(System.getenv(ENVIRONMENT_VARIABLE)));
    }

    /**
     * The profile of that name; production when it is null or blank.
     *
     * @throws IllegalArgumentException naming the setting, for any other value than {@code dev} or
     *     {@code production}
     */
    public static DeploymentProfile named(String value) {
        String name = value == null || value.isBlank() ? "production" : value.strip();
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "dev" -> DEV;
            case "production" -> PRODUCTION;
            default ->
                throw new IllegalArgumentException(
                        ENVIRONMENT_VARIABLE + " (" + SETTING + ") must be dev or production");
        };
    }

    public boolean isDev() {
        return this == DEV;
    }
}
