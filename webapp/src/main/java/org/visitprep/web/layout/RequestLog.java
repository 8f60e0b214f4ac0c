package org.visitprep.web.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;
import org.visitprep.web.security.SignedInAccountFilter;
import org.visitprep.web.security.SignedInUser;

/**
 * Writes one log line per request naming the request and the user's account id — the path without its query
 * string, never a parameter, a form value or anything else that could carry health data.
 */
@WebFilter(filterName = "RequestLog", urlPatterns = "/*")
public class RequestLog extends HttpFilter {

    /** The request attribute (and response header) carrying the id the log line names. */
    public static final String REQUEST_ID = "X-Request-Id";

    private static final Logger LOG = Logger.getLogger("org.visitprep.web.requests");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ID, requestId);
        response.setHeader(REQUEST_ID, requestId);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            SignedInUser user = SignedInAccountFilter.currentUser(request);
            String userId = user == null ? "-" : user.accountId().toString();
            LOG.info(() -> "request=" + requestId + " user=" + userId + " " + request.getMethod() + " "
                    + request.getRequestURI() + " status=" + response.getStatus() + " ms=" + millis);
        }
    }
}
