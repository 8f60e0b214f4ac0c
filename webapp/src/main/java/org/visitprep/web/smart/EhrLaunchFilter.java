package org.visitprep.web.smart;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import java.util.Set;
import org.visitprep.web.layout.LanguageSelection;

/**
 * Lets only a completed EHR launch into the pages under {@code /smart/}: they are outside the portal's sign-in, so
 * this filter is their lock. The launch and callback endpoints are open, as an EHR must reach them first; any other
 * address there without a clinician in context gets a 403 page that says to open VisitPrep from the EHR (a
 * forward, which this filter does not see again).
 */
@WebFilter(filterName = "EhrLaunchFilter", urlPatterns = "/smart/*")
public class EhrLaunchFilter extends HttpFilter {

    @Inject
    private LanguageSelection language;

    private static final Set<String> OPEN = Set.of("/smart/launch", CallbackAddress.EHR_LAUNCH);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.contains(path) || EhrLaunchSession.clinicianOf(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        ResourceBundle words = ResourceBundle.getBundle("org.visitprep.web.smart.messages", language.getLocale());
        LaunchProblemPage.show(request, response, HttpServletResponse.SC_FORBIDDEN, words.getString("noLaunch"));
    }
}
