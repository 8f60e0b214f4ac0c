package org.visitprep.ehr.smart;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.visitprep.deployment.DeploymentProfile;
import org.visitprep.ehr.registry.RegisteredEhrs;

/**
 * The SMART launches of the portal, for the web layer: start an EHR launch or a standalone patient launch, then
 * complete it at the callback. The web layer keeps a {@link PendingLaunches} in the HTTP session and hands it in.
 *
 * <pre>{@code
 * switch (smartLaunches.startEhrLaunch(iss, launch, callbackUrl, pendingLaunches)) {
 *     case AuthorizationRedirect redirect -> response.sendRedirect(redirect.location().toString());
 *     case LaunchRefused refused -> show(refused.message(locale));
 * }
 * }</pre>
 */
@ApplicationScoped
public class SmartLaunches {

    /** How long a person may take at the EHR's sign-in and consent page. */
    public static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    static final Duration HTTP_TIMEOUT = Duration.ofSeconds(20);
    static final Duration DISCOVERY_LIFETIME = Duration.ofHours(1);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private SmartLaunchClient client;

    @PostConstruct
    void configure() {
        client = create(RegisteredEhrs.from(ConfigProvider.getConfig(SmartLaunches.class.getClassLoader())));
    }

    /** A client with the application's settings and its deployment profile's endpoint policy, for the given EHRs. */
    public static SmartLaunchClient create(RegisteredEhrs ehrs) {
        return create(ehrs, EndpointPolicy.of(DeploymentProfile.ofThisProcess()));
    }

    /** A client with the application's settings, for the given EHRs. */
    public static SmartLaunchClient create(RegisteredEhrs ehrs, EndpointPolicy policy) {
        Clock clock = Clock.systemUTC();
        EhrKeys keys = new EhrKeys(HTTP_TIMEOUT);
        return new SmartLaunchClient(
                ehrs,
                new SmartDiscovery(HTTP_TIMEOUT, DISCOVERY_LIFETIME, clock, policy),
                new TokenEndpoint(HTTP_TIMEOUT, clock),
                new IdTokenVerifier(CLOCK_SKEW),
                keys::at,
                new SecureRandom(),
                clock,
                PENDING_LIFETIME);
    }

    public RegisteredEhrs registeredEhrs() {
        return client.registeredEhrs();
    }

    /** @see SmartLaunchClient#startEhrLaunch */
    public LaunchStart startEhrLaunch(String iss, String launch, URI redirectUri, PendingLaunches pending) {
        return client.startEhrLaunch(iss, launch, redirectUri, pending);
    }

    /** @see SmartLaunchClient#startStandaloneLaunch */
    public LaunchStart startStandaloneLaunch(String iss, URI redirectUri, PendingLaunches pending) {
        return client.startStandaloneLaunch(iss, redirectUri, pending);
    }

    /** @see SmartLaunchClient#complete */
    public LaunchOutcome completeLaunch(Map<String, String> callback, PendingLaunches pending) {
        return client.complete(callback, pending);
    }

    /** The client itself, for the connection service's token refreshes. */
    public SmartLaunchClient client() {
        return client;
    }
}
