package org.visitprep.ehr.smart;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.visitprep.deployment.DeploymentProfile;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.registry.RegisteredEhr;

/**
 * Which addresses the portal talks to on an EHR's behalf: its {@code iss} and every endpoint its discovery names must
 * be https and on an origin its registration names (the origin of its {@code iss}, or its configured origin), so that
 * whoever answers discovery cannot send the portal's secret, codes or key look-ups elsewhere. Plain http is accepted
 * only for this machine (loopback), and only in the {@code dev} profile: the test EHR.
 */
public final class EndpointPolicy {

    private final boolean loopbackHttpAllowed;

    private EndpointPolicy(boolean loopbackHttpAllowed) {
        this.loopbackHttpAllowed = loopbackHttpAllowed;
    }

    /** The policy of a deployment of this profile. */
    public static EndpointPolicy of(DeploymentProfile profile) {
        return new EndpointPolicy(profile.isDev());
    }

    /** https only, everywhere: production. */
    public static EndpointPolicy httpsOnly() {
        return new EndpointPolicy(false);
    }

    /** https, or http to this machine: the dev profile and the tests' local EHRs. */
    public static EndpointPolicy allowingLoopbackHttp() {
        return new EndpointPolicy(true);
    }

    /**
     * @param what the name of the address for the refusal, e.g. {@code token_endpoint}
     * @throws EhrFailure {@link EhrProblem#INSECURE_ENDPOINT} naming the EHR and {@code what}
     */
    public void check(URI address, RegisteredEhr ehr, String what) throws EhrFailure {
        if (!isSecure(address) || !onRegisteredOrigin(address, ehr)) {
            throw new EhrFailure(EhrProblem.INSECURE_ENDPOINT, ehr.name(), what);
        }
    }

    private boolean isSecure(URI address) {
        String scheme = String.valueOf(address.getScheme()).toLowerCase(Locale.ROOT);
        return "https".equals(scheme) || ("http".equals(scheme) && loopbackHttpAllowed && isLoopback(address));
    }

    private static boolean onRegisteredOrigin(URI address, RegisteredEhr ehr) {
        String origin = originOf(address);
        return origin.equals(originOf(ehr.fhirBaseUrl()))
                || origin.equals(ehr.origin().toLowerCase(Locale.ROOT));
    }

    /** scheme://host[:port] in lower case, with the port only where the address gives one. */
    private static String originOf(URI address) {
        return (address.getScheme() + "://" + address.getRawAuthority()).toLowerCase(Locale.ROOT);
    }

    private static boolean isLoopback(URI address) {
        String host = address.getHost();
        if (host == null) {
            return false;
        }
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        // only a literal address is looked at: no name is resolved here
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
