package org.visitprep.web.layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Renders an error page as a page of its own, never as a postback of the request that failed: on the ERROR
 * dispatch the failed request's method and parameters (its view state, its AJAX markers) are hidden. Otherwise Faces
 * would take a failed form post for a postback of the error page, and PrimeFaces' CSP support would look for that
 * post's script nonce and, not finding it, fail to render the error page at all (the server's bare error page
 * showed instead; PrimeFaces issue #12901 fixed this for forwards, not for error dispatches).
 */
public class ErrorPageRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new AsANewPage(request), response);
    }

    /** The failed request as a plain GET of the error page. */
    private static final class AsANewPage extends HttpServletRequestWrapper {

        AsANewPage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }
}
