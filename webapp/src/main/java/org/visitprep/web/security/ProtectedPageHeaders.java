package org.visitprep.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.smart.SmartLaunches;

/**
 * Keeps pages out of every cache, so that after signing out neither the back button nor a shared computer shows
 * them again, and adds the headers that stop the pages being sniffed, framed by strangers, leaking their address,
 * running a script they did not ship ({@link ContentSecurityPolicy}) or, once served over https, being asked for
 * over plain http again (HSTS).
 */
@WebFilter(filterName = "ProtectedPageHeaders", urlPatterns = "/*")
public class ProtectedPageHeaders extends HttpFilter {

    private static final String RESOURCE_PATH = "/jakarta.faces.resource/";
    private static final String EHR_LAUNCH_PATH = "/smart/";

    @Inject
    private SmartLaunches smartLaunches;

    private String ehrFramers;

    @Override
    public void init() {
        ehrFramers = ehrFramers(smartLaunches.registeredEhrs().all());
    }

    /**
     * Who may show the page in a frame: the portal itself, and for the pages of an EHR launch also the registered
     * EHRs, each by its configured origin and nothing wider.
     */
    private String framersOf(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + EHR_LAUNCH_PATH) ? ehrFramers : "'self'";
    }

    static String ehrFramers(List<RegisteredEhr> ehrs) {
        StringBuilder framers = new StringBuilder("'self'");
        ehrs.stream()
                .map(RegisteredEhr::origin)
                // an origin is scheme://host[:port]; anything else (a space, a quote, a ';') would widen the policy
                .filter(origin -> origin.matches("https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?"))
                .distinct()
                .forEach(origin -> framers.append(' ').append(origin));
        return framers.toString();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCE_PATH)) {
            response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, private");
            response.setHeader("Pragma", "no-cache");
            response.setDateHeader("Expires", 0);
        }
        if (request.isSecure()) {
            // served over https: browsers keep to https for this host from now on
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.baseFor(request, framersOf(request)));
        chain.doFilter(request, response);
    }
}
