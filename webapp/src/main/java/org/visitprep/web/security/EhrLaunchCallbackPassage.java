package org.visitprep.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the portal's own sign-in (OpenID Connect with Keycloak) away from the SMART EHR launch's callback. The
 * container's OpenID Connect mechanism takes any unauthenticated GET carrying {@code code} and {@code state} for its
 * own sign-in answer and fails on it, whatever the address; the EHR's answer at {@code /smart/callback} is the SMART
 * launch's, which {@code web.smart} completes and checks itself. Every other request goes to the mechanism as before.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class EhrLaunchCallbackPassage implements HttpAuthenticationMechanism {

    /** The EHR launch's callback, as {@code web.smart.CallbackAddress.EHR_LAUNCH} names it. */
    static final String EHR_LAUNCH_CALLBACK = "/smart/callback";

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism signIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (EHR_LAUNCH_CALLBACK.equals(path) && !context.isProtected()) {
            return context.doNothing();
        }
        return signIn.validateRequest(request, response, context);
    }
}
