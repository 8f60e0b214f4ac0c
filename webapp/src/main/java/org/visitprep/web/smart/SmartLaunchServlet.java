package org.visitprep.web.smart;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import org.visitprep.ehr.smart.AuthorizationRedirect;
import org.visitprep.ehr.smart.LaunchRefused;
import org.visitprep.ehr.smart.PendingLaunches;
import org.visitprep.ehr.smart.SmartLaunches;
import org.visitprep.web.layout.LanguageSelection;

/**
 * The EHR launch endpoint: a registered EHR opens {@code /smart/launch?iss=…&launch=…}; the browser goes on to the
 * EHR's authorize page. An unknown {@code iss} or a missing {@code launch} gets a page saying so, and no session.
 */
@WebServlet("/smart/launch")
public class SmartLaunchServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private SmartLaunches smartLaunches;

    @Inject
    private LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession existing = request.getSession(false);
        PendingLaunches pending = EhrLaunchSession.pendingOf(existing);
        switch (smartLaunches.startEhrLaunch(
                request.getParameter("iss"),
                request.getParameter("launch"),
                CallbackAddress.of(request, CallbackAddress.EHR_LAUNCH),
                pending)) {
            case AuthorizationRedirect redirect -> {
                EhrLaunchSession.keep(request.getSession(true), pending);
                response.sendRedirect(redirect.location().toString());
            }
            case LaunchRefused refused ->
                LaunchProblemPage.show(
                        request, response, HttpServletResponse.SC_BAD_REQUEST, refused.message(language.getLocale()));
        }
    }
}
