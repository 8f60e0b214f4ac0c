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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.visitprep.identity.AccountService;
import org.visitprep.identity.Role;
import org.visitprep.identity.SignIn;

/**
 * Makes sure every signed-in person has a portal account: at the first request of a session it records the sign-in
 * (creating the account the first time) and keeps a {@link SignedInUser} in the session.
 *
 * <p>Someone the identity provider knows but who holds none of VisitPrep's roles is refused with 403.
 */
@WebFilter(filterName = "SignedInAccountFilter", urlPatterns = "/*")
public class SignedInAccountFilter extends HttpFilter {

    @Inject
    private AccountService accounts;

    @Inject
    private OpenIdContext openIdContext;

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
            HttpSession session = request.getSession();
            session.setAttribute(
                    SignedInUser.SESSION_ATTRIBUTE,
                    new SignedInUser(accountId, signIn.displayName(), role.get(), Set.copyOf(held)));
        }
        chain.doFilter(request, response);
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
