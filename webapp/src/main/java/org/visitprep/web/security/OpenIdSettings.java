package org.visitprep.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is and how the portal identifies itself to it, from MicroProfile Config
 * ({@code visitprep.oidc.*}, or the environment variables {@code VISITPREP_OIDC_PROVIDER_URI},
 * {@code VISITPREP_OIDC_CLIENT_ID} and {@code VISITPREP_OIDC_CLIENT_SECRET}). The sign-in mechanism reads these
 * through EL as {@code oidcSettings}.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OpenIdSettings {

    // Optional, so that a production deployment lacking them reaches ProductionGuard, which names every setting
    // missing or dev-only at once, instead of failing on the first one here.
    @Inject
    @ConfigProperty(name = "visitprep.oidc.provider-uri")
    Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "visitprep.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "visitprep.oidc.client-secret")
    Optional<String> clientSecret;

    public String getProviderUri() {
        return providerUri.orElse("");
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }
}
