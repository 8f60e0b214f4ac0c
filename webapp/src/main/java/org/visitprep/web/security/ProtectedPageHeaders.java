package org.visitprep.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps pages out of every cache, so that after signing out neither the back button nor a shared computer shows
 * them again, and adds the headers that stop the pages being sniffed, framed by strangers or leaking their address.
 */
@WebFilter(filterName = "ProtectedPageHeaders", urlPatterns = "/*")
public class ProtectedPageHeaders extends HttpFilter {

    private static final String RESOURCE_PATH = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCE_PATH)) {
            response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, private");
            response.setHeader("Pragma", "no-cache");
            response.setDateHeader("Expires", 0);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        chain.doFilter(request, response);
    }
}
