package org.visitprep.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.visitprep.administration.AccountSuspensions;

/**
 * Ends a signed-in session {@code visitprep.session.absolute-timeout} after sign-in (default 12 hours), and every
 * {@code visitprep.session.roles-interval} (default 5 minutes) asks the identity provider again which roles the
 * person holds: a change, or a provider that no longer answers for them, ends the session. Ending signs the person
 * out of the portal and of the provider, as the sign-out button does. A provider that cannot be reached (stopped,
 * restarting) ends nothing: the session goes on, bounded by its absolute timeout, and asks again after {@link
 * #RETRY_WHILE_UNREACHABLE}.
 */
@WebFilter(filterName = "SessionLifetimeFilter", urlPatterns = "/*")
public class SessionLifetimeFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SessionLifetimeFilter.class.getName());

    /** How soon a session asks again when the identity provider could not be reached. */
    static final Duration RETRY_WHILE_UNREACHABLE = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "visitprep.session.absolute-timeout", defaultValue = "PT12H")
    Duration absoluteTimeout;

    @Inject
    @ConfigProperty(name = "visitprep.session.roles-interval", defaultValue = "PT5M")
    Duration rolesInterval;

    @Inject
    private ProviderRoles providerRoles;

    @Inject
    private AccountSuspensions suspensions;

    private SessionLifetime lifetime;
    private final Clock clock = Clock.systemUTC();

    @Override
    public void init() {
        lifetime = new SessionLifetime(absoluteTimeout, rolesInterval);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedInUser user = SignedInAccountFilter.currentUser(request);
        if (user != null && request.getUserPrincipal() != null) {
            if (suspensions.isSuspended(user.accountId())) {
                end(request, "an administrator disabled the account");
                return;
            }
            switch (lifetime.at(user, clock.instant())) {
                case END -> {
                    end(request, "it reached its absolute timeout");
                    return;
                }
                case READ_ROLES_AGAIN -> {
                    Instant now = clock.instant();
                    switch (providerRoles.readAgain()) {
                        case ProviderRoles.Unreachable unreachable -> {
                            LOG.warning(() -> "The identity provider could not be reached (" + unreachable.why()
                                    + "): the session of account " + user.accountId() + " goes on and asks again in "
                                    + RETRY_WHILE_UNREACHABLE.toSeconds() + " s");
                            request.getSession()
                                    .setAttribute(
                                            SignedInUser.SESSION_ATTRIBUTE,
                                            user.rolesConfirmedAt(
                                                    lifetime.askAgainAfter(now, RETRY_WHILE_UNREACHABLE)));
                        }
                        case ProviderRoles.Held held
                        when held.roles().equals(user.roles()) ->
                            request.getSession()
                                    .setAttribute(SignedInUser.SESSION_ATTRIBUTE, user.rolesConfirmedAt(now));
                        case ProviderRoles.Held changed -> {
                            end(request, "the identity provider no longer gives it the same roles");
                            return;
                        }
                        case ProviderRoles.Refused refused -> {
                            end(request, "the identity provider no longer answers for it");
                            return;
                        }
                    }
                }
                case CONTINUE -> {
                    // nothing to check yet
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, String why) throws ServletException {
        SignedInUser user = SignedInAccountFilter.currentUser(request);
        LOG.info(() -> "The session of account " + user.accountId() + " ended: " + why);
        SignOutServlet.signOut(request);
    }
}
