package org.visitprep.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses every POST to the portal's own servlets that does not carry the session's {@link FormToken}: sign-out, the
 * language switch and any servlet added later. Faces requests are left to Faces, whose view state plays that part;
 * the paths of other parties' posts (the browser's CSP reports, the identity provider's callback) are listed here.
 * The refusal is the 403 page with a sentence saying why, in the person's language; nothing changes.
 */
@WebFilter(filterName = "FormTokenFilter", urlPatterns = "/*")
public class FormTokenFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(FormTokenFilter.class.getName());

    /** The request attribute the 403 page reads to say why. */
    public static final String REFUSAL = "visitprep.refusal";

    /** Posts the portal does not write its forms for: the browser's own reports, the provider's callback. */
    private static final Set<String> OTHERS_POSTS = Set.of("/csp-report", "/callback");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !isFaces(request) && !isOthers(request)) {
            if (!FormToken.isCarriedBy(request)) {
                LOG.warning(() ->
                        "A POST to " + request.getServletPath() + " without the session's form token was" + " refused");
                request.setAttribute(REFUSAL, "error.formToken");
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isFaces(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.endsWith(".xhtml") || path.startsWith("/jakarta.faces.resource");
    }

    private static boolean isOthers(HttpServletRequest request) {
        return OTHERS_POSTS.contains(request.getServletPath());
    }
}
