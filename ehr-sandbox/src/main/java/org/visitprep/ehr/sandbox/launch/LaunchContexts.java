package org.visitprep.ehr.sandbox.launch;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.visitprep.ehr.sandbox.smart.ExpiringValues;

/**
 * The launches the EHR page started. A launch id may be used until it expires (the portal may reload the launch),
 * but it means nothing without the authorization that follows.
 */
public final class LaunchContexts {

    private final ExpiringValues<LaunchContext> launches;

    public LaunchContexts(Duration lifetime, Clock clock) {
        this.launches = new ExpiringValues<>(lifetime, clock);
    }

    /** Starts a launch and returns its opaque id. */
    public String start(LaunchContext context) {
        return launches.file(context);
    }

    public Optional<LaunchContext> find(String launchId) {
        return launches.find(launchId);
    }
}
