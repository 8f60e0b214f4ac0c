package org.visitprep.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Signs people in with the identity provider's own login page (OpenID Connect authorization code flow, confidential
 * client) and out of it again.
 *
 * <p>Keycloak delivers the realm roles as a flat {@code groups} claim, which become the caller's groups and, through
 * the default group-to-role mapping, the roles of {@link PortalRoles}. The definition sits on a CDI bean because the
 * container only honours it there.
 */
@ApplicationScoped
@DeclareRoles({PortalRoles.PATIENT, PortalRoles.CLINICIAN, PortalRoles.ADMIN})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out.xhtml"))
public class PortalSignIn {}
