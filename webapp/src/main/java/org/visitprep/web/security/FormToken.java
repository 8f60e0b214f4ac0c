package org.visitprep.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's token for the forms that post outside Faces (sign-out, the language switch): a form carries it in
 * the hidden field {@value #FIELD}, and {@link FormTokenFilter} refuses a POST without it, so that another site
 * cannot make a signed-in browser post them (cross-site request forgery). Faces' own forms carry their view state.
 * Pages read it as {@code #{formToken.value}}.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

    /** The form field, and the session attribute, holding the token. */
    public static final String FIELD = "vp-form-token";

    private static final String SESSION_ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    /** This session's token, made (and the session started) on first use. */
    public String getValue() {
        return of(request.getSession());
    }

    public String getField() {
        return FIELD;
    }

    static String of(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(SESSION_ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** Whether the request carries its session's token, compared in constant time. */
    static boolean isCarriedBy(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(FIELD);
        if (session == null || sent == null) {
            return false;
        }
        String expected = (String) session.getAttribute(SESSION_ATTRIBUTE);
        return expected != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
