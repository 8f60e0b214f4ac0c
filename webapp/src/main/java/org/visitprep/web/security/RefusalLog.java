package org.visitprep.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;
import org.visitprep.web.layout.RequestLog;

/**
 * Logs the requests the container refuses by the security constraints of {@code web.xml} (a patient asking for an
 * administrator's page, an administrator for a patient's): the container answers 403 before any filter of the request
 * runs, so {@link RequestLog} never sees them. The line is the request log's own, naming who asked, on the error
 * page's dispatch; the answer names it in {@code X-Request-Id}.
 */
@WebFilter(filterName = "RefusalLog", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusalLog extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("org.visitprep.web.requests");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getAttribute(RequestLog.REQUEST_ID) == null
                && status instanceof Integer code
                && code == HttpServletResponse.SC_FORBIDDEN) {
            String requestId = UUID.randomUUID().toString();
            request.setAttribute(RequestLog.REQUEST_ID, requestId);
            response.setHeader(RequestLog.REQUEST_ID, requestId);
            SignedInUser user = SignedInAccountFilter.currentUser(request);
            String userId = user == null ? "-" : user.accountId().toString();
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String method = request.getMethod();
            LOG.info(() -> "request=" + requestId + " user=" + userId + " " + method + " " + uri
                    + " status=403 ms=0 refused by the page's role");
        }
        chain.doFilter(request, response);
    }
}
