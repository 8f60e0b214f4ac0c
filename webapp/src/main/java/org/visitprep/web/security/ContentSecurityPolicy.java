package org.visitprep.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages' Content-Security-Policy: no script but the portal's own files and the inline scripts PrimeFaces marks
 * with the response's nonce ({@code primefaces.CSP}, which also moves every {@code on…} handler into such a script),
 * no {@code unsafe-inline} or {@code unsafe-eval}, no plugins ({@code object-src 'none'}), no {@code <base>}, framing
 * as {@link ProtectedPageHeaders} allows, and every violation reported to {@link CspReportServlet}.
 *
 * <p>Two headers go out, and the browser enforces both: this filter's base policy on every response (with
 * {@code script-src 'self'} where no Faces page is rendered), and PrimeFaces' {@code script-src 'self' 'nonce-…'}
 * on Faces pages, built from {@link #getFacesPolicy()} ({@code primefaces.CSP_POLICY} in {@code web.xml}).
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {

    /** Where browsers send violation reports, under the application's context path. */
    public static final String REPORT_PATH = "/csp-report";

    /** The policy every response carries. */
    static String baseFor(HttpServletRequest request, String framers) {
        String policy = "frame-ancestors " + framers + "; object-src 'none'; base-uri 'none'; report-uri "
                + request.getContextPath() + REPORT_PATH;
        return rendersFacesPage(request) ? policy : policy + "; script-src 'self'";
    }

    /**
     * The policy PrimeFaces sends on Faces pages, its nonce appended to the {@code script-src} it ends with.
     */
    public String getFacesPolicy() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return "report-uri " + context + REPORT_PATH + "; script-src 'self'";
    }

    /**
     * Whether the response is a Faces page, whose scripts PrimeFaces' nonce policy governs: a page's address, the
     * welcome page, or an error page (all of them Facelets).
     */
    private static boolean rendersFacesPage(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                || request.getServletPath().endsWith(".xhtml")
                || request.getRequestURI().equals(request.getContextPath() + "/");
    }
}
