package org.visitprep.ehr.smart;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;

/**
 * What an EHR's {@code .well-known/smart-configuration} says the portal needs: where to authorize, get tokens and
 * find the id_token keys. Only an EHR offering PKCE S256 is used.
 */
public record SmartConfiguration(
        URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri, Set<String> codeChallengeMethods) {

    /** Reads the discovery document of the named EHR. */
    static SmartConfiguration parse(Map<String, Object> json, String ehrName) throws EhrFailure {
        URI authorize = endpoint(json, "authorization_endpoint", ehrName);
        URI token = endpoint(json, "token_endpoint", ehrName);
        URI jwks = endpoint(json, "jwks_uri", ehrName);
        Set<String> methods = json.get("code_challenge_methods_supported") instanceof List<?> list
                ? Set.copyOf(list.stream().map(String::valueOf).toList())
                : Set.of();
        if (!methods.contains("S256")) {
            throw new EhrFailure(EhrProblem.EHR_MISCONFIGURED, ehrName, "PKCE S256");
        }
        return new SmartConfiguration(authorize, token, jwks, methods);
    }

    private static URI endpoint(Map<String, Object> json, String name, String ehrName) throws EhrFailure {
        if (json.get(name) instanceof String value) {
            try {
                URI uri = URI.create(value);
                if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                        && uri.getRawAuthority() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException malformed) {
                // reported below
            }
        }
        throw new EhrFailure(EhrProblem.EHR_MISCONFIGURED, ehrName, name);
    }
}
