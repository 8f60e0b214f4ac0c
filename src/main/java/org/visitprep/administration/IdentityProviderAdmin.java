package org.visitprep.administration;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's one {@link KeycloakAdmin}, from configuration: the realm ({@code visitprep.oidc.provider-uri}) and the
 * service account {@code visitprep.admin.client-id} (default {@code visitprep-admin}) with its secret
 * {@code visitprep.admin.client-secret} ({@code VISITPREP_ADMIN_CLIENT_SECRET}).
 */
@ApplicationScoped
public class IdentityProviderAdmin {

    private volatile KeycloakAdmin client;

    KeycloakAdmin client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    Config config = ConfigProvider.getConfig(IdentityProviderAdmin.class.getClassLoader());
                    String provider = config.getOptionalValue("visitprep.oidc.provider-uri", String.class)
                            .orElseThrow(() -> new IdentityProviderProblem(
                                    IdentityProviderProblem.Reason.UNAVAILABLE, "no visitprep.oidc.provider-uri"));
                    String clientId = config.getOptionalValue("visitprep.admin.client-id", String.class)
                            .orElse("visitprep-admin");
                    String secret = config.getOptionalValue("visitprep.admin.client-secret", String.class)
                            .orElseThrow(() -> new IdentityProviderProblem(
                                    IdentityProviderProblem.Reason.UNAVAILABLE, "no visitprep.admin.client-secret"));
                    client = new KeycloakAdmin(URI.create(provider), clientId, secret, Clock.systemUTC());
                }
            }
        }
        return client;
    }

    /** The portal's own client at the identity provider, where an invitation's link ends. */
    String portalClientId() {
        return ConfigProvider.getConfig(IdentityProviderAdmin.class.getClassLoader())
                .getOptionalValue("visitprep.oidc.client-id", String.class)
                .orElse("visitprep-portal");
    }
}
