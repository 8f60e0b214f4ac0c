package org.visitprep.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.visitprep.identity.AccountService;
import org.visitprep.identity.Role;
import org.visitprep.identity.SignIn;
import org.visitprep.record.person.Person;
import org.visitprep.record.person.PersonName;
import org.visitprep.record.storage.RecordPersons;

/**
 * Makes sure every signed-in person has a portal account: at the first request of a session it records the sign-in
 * (creating the account the first time), hands a patient's profile (name, birth date) to their record, and keeps a
 * {@link SignedInUser} in the session, under a new session id.
 *
 * <p>Someone the identity provider knows but who holds none of VisitPrep's roles is refused with 403.
 */
@WebFilter(filterName = "SignedInAccountFilter", urlPatterns = "/*")
public class SignedInAccountFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SignedInAccountFilter.class.getName());

    @Inject
    private AccountService accounts;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private RecordPersons persons;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && currentUser(request) == null) {
            List<Role> held = Arrays.stream(Role.values())
                    .filter(role -> request.isUserInRole(role.roleName()))
                    .toList();
            var role = Role.primaryOf(held);
            if (role.isEmpty()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            var signIn = new SignIn(openIdContext.getSubject(), displayName(request), role.get());
            var accountId = accounts.recordSignIn(signIn);
            if (role.get() == Role.PATIENT) {
                rememberProfile(accountId);
            }
            // a new session id at sign-in: an id planted or seen before the sign-in is worth nothing after it
            request.getSession();
            request.changeSessionId();
            HttpSession session = request.getSession();
            Instant now = Instant.now();
            session.setAttribute(
                    SignedInUser.SESSION_ATTRIBUTE,
                    new SignedInUser(accountId, signIn.displayName(), role.get(), Set.copyOf(held), now, now));
        }
        chain.doFilter(request, response);
    }

    /**
     * Hands the record what the identity provider says of the patient: the standard OpenID Connect claims
     * {@code given_name}, {@code family_name} and, when the realm has it, {@code birthdate} (YYYY-MM-DD). It takes
     * part in naming the record's person at the first import. A failure here never keeps the patient from signing in.
     */
    private void rememberProfile(java.util.UUID accountId) {
        var claims = openIdContext.getClaims();
        Optional<PersonName> name = PersonName.of(
                claims.getStringClaim("given_name").stream().toList(),
                claims.getStringClaim("family_name").orElse(null));
        LocalDate birthDate = claims.getStringClaim("birthdate")
                .flatMap(SignedInAccountFilter::date)
                .orElse(null);
        if (name.isEmpty() && birthDate == null) {
            return;
        }
        try {
            persons.rememberProfile(accountId, new Person(name.stream().toList(), birthDate, Set.of()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "The profile of account " + accountId + " could not be kept: "
                    + e.getClass().getName());
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private String displayName(HttpServletRequest request) {
        var claims = openIdContext.getClaims();
        return claims.getStringClaim("name")
                .or(() -> claims.getStringClaim("preferred_username"))
                .orElse(request.getUserPrincipal().getName());
    }

    /** The signed-in user of this request's session, or {@code null} before the first request has been seen. */
    public static SignedInUser currentUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_ATTRIBUTE);
    }
}
