package org.visitprep.web.security;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Remembers which page someone asked for before signing in, so that after the identity provider sends them back
 * they land on that page rather than on their home page.
 *
 * <p>The sign-in mechanism could replay the original request itself ({@code redirectToOriginalResource}), but
 * Soteria's replayed request breaks on parameters and locales (https://github.com/eclipse-ee4j/soteria/issues/333),
 * so the portal keeps the address and redirects to it from {@link CallbackServlet}. Request listeners run before
 * authentication, which is what lets this see the request the mechanism is about to send to the provider.
 */
@WebListener
public class WantedPage implements ServletRequestListener {

    static final String SESSION_ATTRIBUTE = WantedPage.class.getName();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request
                && "GET".equals(request.getMethod())
                && request.getUserPrincipal() == null
                && isPage(request)) {
            String query = request.getQueryString();
            request.getSession()
                    .setAttribute(SESSION_ATTRIBUTE, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.endsWith(".xhtml") && !path.equals("/signed-out.xhtml");
    }

    /** Takes the remembered address out of the session, if there is one inside this application. */
    static Optional<String> takeFrom(HttpSession session, String contextPath) {
        if (session == null) {
            return Optional.empty();
        }
        Object wanted = session.getAttribute(SESSION_ATTRIBUTE);
        session.removeAttribute(SESSION_ATTRIBUTE);
        return wanted instanceof String path && path.startsWith(contextPath + "/") && !path.startsWith("//")
                ? Optional.of(path)
                : Optional.empty();
    }
}
